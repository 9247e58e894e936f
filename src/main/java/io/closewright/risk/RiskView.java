package io.closewright.risk;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A deal's risk today, as {@code GET /api/opportunities/{id}/risk} answers it. A closed deal has no
 * signals and level LOW.
 *
 * @param summary the level and the signals named, as the badge shows on hover
 * @param projectedCloseDate the plan's projected close; null without a plan
 * @param slip why the plan is off track (which steps, which side); null while it is not
 * @param managerAlerted whether the owner's manager has been told that the deal slipped out of its
 *     forecast period (and it still has)
 */
public record RiskView(
        long opportunityId,
        RiskLevel level,
        String summary,
        List<RiskSignal> signals,
        List<Recommendation> recommendations,
        @Nullable LocalDate projectedCloseDate,
        @Nullable SlipCauseView slip,
        boolean managerAlerted,
        LocalDate assessedOn) {

    static RiskView of(RiskAssessment a, boolean alerted) {
        return new RiskView(
                a.opportunityId(),
                a.level(),
                a.summary(),
                a.signals(),
                a.recommendations(),
                a.projectedCloseDate(),
                a.slip(),
                alerted,
                a.assessedOn());
    }

    /** The recommendation of {@code action}, or null. */
    public @Nullable Recommendation recommendation(RecommendationAction action) {
        return recommendations.stream()
                .filter(r -> r.action() == action)
                .findFirst()
                .orElse(null);
    }
}
