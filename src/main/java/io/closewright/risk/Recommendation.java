package io.closewright.risk;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What to do about a deal at risk.
 *
 * @param action the kind of action
 * @param detail why and how, in words
 * @param suggestedCloseDate for {@code REEVALUATE_CLOSE_DATE} with a plan: the plan's earliest close date
 *     (never before today); otherwise null
 */
public record Recommendation(
        RecommendationAction action,
        String detail,
        @Nullable LocalDate suggestedCloseDate) {

    public String label() {
        return action.label();
    }
}
