package io.closewright.ask;

/** What the buyer page says about the deal: its name, the account, and the rep to talk to. */
record SharedHeader(
        String dealName,
        long accountId,
        String accountName,
        long ownerId,
        String ownerName,
        String ownerEmail,
        String status) {}
