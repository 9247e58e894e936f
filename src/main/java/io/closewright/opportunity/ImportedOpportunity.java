package io.closewright.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A deal as an import writes it: {@code id} is null for a new deal and names the deal to overwrite
 * otherwise. Closed deals carry their status (WON or LOST), a closed stage and {@code closedOn}.
 */
public record ImportedOpportunity(
        @Nullable Long id,
        String name,
        long accountId,
        long ownerId,
        BigDecimal amount,
        String currency,
        String stage,
        LocalDate closeDate,
        ForecastCategory forecastCategory,
        OpportunityStatus status,
        @Nullable LocalDate closedOn,
        Instant createdAt) {}
