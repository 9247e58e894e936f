package io.closewright.opportunity;

/** An open deal was parked in nurture: it left the pipeline for a drip campaign, for {@code reason}. */
public record OpportunityNurtured(long opportunityId, long workspaceId, long ownerId, String reason) {}
