package io.closewright.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What it takes to open a deal; a null owner means the viewer, a null currency the workspace's, a null category PIPELINE. */
public record NewOpportunity(
        String name,
        long accountId,
        Long ownerId,
        BigDecimal amount,
        String currency,
        String stage,
        LocalDate closeDate,
        ForecastCategory forecastCategory) {}
