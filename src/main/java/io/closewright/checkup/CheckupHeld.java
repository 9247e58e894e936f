package io.closewright.checkup;

import java.time.LocalDate;

/** A checkup of a deal was held and recorded. */
public record CheckupHeld(long opportunityId, long workspaceId, long checkupId, LocalDate heldOn) {}
