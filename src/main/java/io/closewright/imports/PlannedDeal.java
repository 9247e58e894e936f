package io.closewright.imports;

import io.closewright.opportunity.ForecastCategory;
import io.closewright.opportunity.OpportunityStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A row ready to be written: its stage, status, owner (by source name), amount and dates decided, and
 * the fingerprint of those values that tells an unchanged row from a changed one on a later import.
 */
record PlannedDeal(
        SourceDeal source,
        String stage,
        OpportunityStatus status,
        ForecastCategory category,
        String owner,
        BigDecimal amount,
        String currency,
        LocalDate closeDate,
        @Nullable LocalDate closedOn,
        String fingerprint) {}
