package io.closewright.ask;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A share link as the rep sees it: for whom, until when, whether it still works, and how often it was
 * opened. {@code active} is true exactly when a buyer can open it now ({@code status} {@code ACTIVE}).
 */
public record ShareLinkView(
        long id,
        @Nullable Long contactId,
        @Nullable String contactName,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant revokedAt,
        boolean active,
        Status status,
        long visits,
        @Nullable Instant lastVisitAt) {

    /** Why a link does or does not open the buyer's page: revoked first, then expired, then a closed deal. */
    public enum Status {
        ACTIVE,
        REVOKED,
        EXPIRED,
        DEAL_CLOSED;

        static Status of(boolean revoked, boolean expired, boolean dealOpen) {
            if (revoked) {
                return REVOKED;
            }
            if (expired) {
                return EXPIRED;
            }
            return dealOpen ? ACTIVE : DEAL_CLOSED;
        }
    }
}
