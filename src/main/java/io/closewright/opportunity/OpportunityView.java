package io.closewright.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A deal as lists, the board, its page and the API show it. */
public record OpportunityView(
        long id,
        String name,
        long accountId,
        String accountName,
        long ownerId,
        String ownerName,
        BigDecimal amount,
        String currency,
        String stage,
        String stageName,
        int probability,
        LocalDate closeDate,
        ForecastCategory forecastCategory,
        OpportunityStatus status,
        int closeDatePushes,
        LocalDate closedOn,
        String closeReason,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Instant lastActivityAt) {}
