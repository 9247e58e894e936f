package io.closewright.closeplan;

/**
 * A done step of a deal's plan was marked open again.
 *
 * @param reopenedBy the user who reopened it, or null when the system did
 */
public record StepReopened(long opportunityId, long workspaceId, String stepKey, String title, Long reopenedBy) {}
