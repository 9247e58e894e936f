package io.closewright.ask;

import java.time.Instant;

/** A share link as the rep sees it: for whom, until when, whether it still works, and how often it was opened. */
public record ShareLinkView(
        long id,
        Long contactId,
        String contactName,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        boolean active,
        long visits,
        Instant lastVisitAt) {}
