package io.closewright.risk;

import io.closewright.opportunity.ForecastCategory;
import org.jspecify.annotations.Nullable;

/** Which of the team's deals at risk to list; every part is optional. */
public record RiskFilter(
        @Nullable RiskLevel level,
        @Nullable Long ownerId,
        @Nullable SignalCode signal,
        @Nullable ForecastCategory forecastCategory) {

    public static RiskFilter none() {
        return new RiskFilter(null, null, null, null);
    }
}
