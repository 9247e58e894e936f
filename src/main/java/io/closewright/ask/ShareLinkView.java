package io.closewright.ask;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A share link as the rep sees it: for whom, until when, whether it still works, and how often it was opened. */
public record ShareLinkView(
        long id,
        @Nullable Long contactId,
        @Nullable String contactName,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant revokedAt,
        boolean active,
        long visits,
        @Nullable Instant lastVisitAt) {}
