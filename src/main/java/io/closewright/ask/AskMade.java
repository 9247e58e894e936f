package io.closewright.ask;

/** An ask was made of a contact of the deal's account. */
public record AskMade(long opportunityId, long workspaceId, long askId, long contactId) {}
