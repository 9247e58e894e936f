package io.closewright.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A deal was won or lost. */
public record OpportunityClosed(
        long opportunityId,
        long workspaceId,
        CloseOutcome outcome,
        LocalDate closedOn,
        BigDecimal amount,
        String reason) {}
