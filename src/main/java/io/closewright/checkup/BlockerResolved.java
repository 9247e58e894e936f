package io.closewright.checkup;

/** An open blocker of a deal was resolved. */
public record BlockerResolved(long opportunityId, long workspaceId, long blockerId) {}
