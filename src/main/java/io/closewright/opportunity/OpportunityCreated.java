package io.closewright.opportunity;

/** A new deal entered the pipeline in {@code stage}. */
public record OpportunityCreated(long opportunityId, long workspaceId, long ownerId, String stage) {}
