package io.closewright.opportunity;

/** A deal moved from one stage to another. */
public record StageChanged(long opportunityId, long workspaceId, String from, String to) {}
