package io.closewright.opportunity;

import java.time.LocalDate;

/** What background work needs to know about a deal, without a viewer. */
public record DealFacts(
        long id,
        long workspaceId,
        long ownerId,
        String stage,
        LocalDate closeDate,
        OpportunityStatus status,
        ForecastCategory forecastCategory) {}
