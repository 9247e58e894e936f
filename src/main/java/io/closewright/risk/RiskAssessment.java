package io.closewright.risk;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A deal's risk on a day, as {@link RiskAssessor} found it.
 *
 * @param projectedCloseDate the plan's projected close; null without a plan
 * @param slip why the plan is off track; null while it is not
 * @param slipAlert whether the owner's manager is to be told: a COMMIT or BEST_CASE deal whose plan is off
 *     track with its projected close after the end of its forecast period
 */
record RiskAssessment(
        long opportunityId,
        LocalDate assessedOn,
        RiskLevel level,
        List<RiskSignal> signals,
        List<Recommendation> recommendations,
        @Nullable LocalDate projectedCloseDate,
        @Nullable SlipCauseView slip,
        boolean slipAlert) {

    /** The hover text of the badge: the level, then each signal named. */
    String summary() {
        if (signals.isEmpty()) {
            return level.label() + ": no signals";
        }
        return level.label() + ": "
                + String.join(", ", signals.stream().map(RiskSignal::label).toList());
    }

    @Nullable
    LocalDate suggestedCloseDate() {
        return recommendations.stream()
                .map(Recommendation::suggestedCloseDate)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
