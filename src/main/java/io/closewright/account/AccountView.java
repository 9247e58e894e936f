package io.closewright.account;

/** An account as lists, pages and the API show it. */
public record AccountView(
        long id,
        String name,
        String domain,
        String industry,
        long ownerId,
        String ownerName,
        long version,
        int openDeals,
        int contacts) {}
