package io.closewright.ask;

/** The buyer left a comment on the shared close plan; the deal's owner should hear of it. */
public record BuyerCommented(long opportunityId, long workspaceId, long ownerId, String body) {}
