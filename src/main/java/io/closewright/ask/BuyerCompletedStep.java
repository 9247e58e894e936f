package io.closewright.ask;

/** The buyer marked one of their steps done on the shared close plan. */
public record BuyerCompletedStep(long opportunityId, long workspaceId, long ownerId, String stepKey) {}
