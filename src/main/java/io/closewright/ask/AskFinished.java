package io.closewright.ask;

/** An open ask was answered: done or declined by the prospect. */
public record AskFinished(long opportunityId, long workspaceId, long askId, boolean declined) {}
