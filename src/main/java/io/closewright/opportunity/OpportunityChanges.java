package io.closewright.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A change to a deal: every null field keeps its value. A later {@code closeDate} needs
 * {@code closeDateReason}.
 */
public record OpportunityChanges(
        String name,
        Long accountId,
        Long ownerId,
        BigDecimal amount,
        String currency,
        String stage,
        LocalDate closeDate,
        String closeDateReason,
        ForecastCategory forecastCategory) {

    public static OpportunityChanges stage(String stage) {
        return new OpportunityChanges(null, null, null, null, null, stage, null, null, null);
    }

    public static OpportunityChanges closeDate(LocalDate date, String reason) {
        return new OpportunityChanges(null, null, null, null, null, null, date, reason, null);
    }
}
