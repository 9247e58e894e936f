package io.closewright.ask;

/** A deal reached through a valid share link: what the buyer page may show, and nothing more. */
record SharedDeal(long linkId, long opportunityId, long workspaceId, Long contactId) {}
