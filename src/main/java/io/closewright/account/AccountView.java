package io.closewright.account;

import org.jspecify.annotations.Nullable;

/** An account as lists, pages and the API show it. */
public record AccountView(
        long id,
        String name,
        @Nullable String domain,
        @Nullable String industry,
        long ownerId,
        String ownerName,
        long version,
        int openDeals,
        int contacts) {}
