package io.closewright.opportunity;

import java.time.LocalDate;

/** A deal's close date changed; {@code push} is true when it moved later. */
public record CloseDateMoved(
        long opportunityId, long workspaceId, LocalDate from, LocalDate to, String reason, boolean push) {}
