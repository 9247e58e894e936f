package io.closewright.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A deal as lists, the board, its page and the API show it.
 *
 * @param lastActivityAt when the latest logged activity happened (a scheduled one counts once its time
 *     has come), or null when none has
 * @param nextActivityAt the next scheduled activity still to come, or null
 * @param stale whether the open deal went without activity for longer than its stage allows (see
 *     {@link StalePolicy})
 */
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
        @Nullable LocalDate closedOn,
        @Nullable String closeReason,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant lastActivityAt,
        @Nullable Instant nextActivityAt,
        boolean stale) {}
