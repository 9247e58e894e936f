package io.closewright.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A short-lived cache of the principals that API tokens stand for, keyed by the token's SHA-256 hash (never
 * the token). An entry lives at most {@code closewright.identity.token-cache-ttl} and never past the
 * token's own expiry. Whatever ends or changes a user's access ({@link #forget(long)}: disabling them,
 * changing their role or manager) drops that user's entries at once and again after the transaction
 * commits, so no request that read the old row can put it back. With several instances, another
 * instance may still serve a cached entry for at most the TTL (ADR 0020). Unknown tokens are not cached.
 */
final class TokenPrincipals {

    /** A principal, and until when it may be served from the cache. */
    record Found(UserPrincipal principal, Instant tokenExpiresAt) {}

    private record Entry(UserPrincipal principal, Instant until) {}

    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final Clock clock;

    TokenPrincipals(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    /** The principal behind the token hash, from the cache while fresh, otherwise from {@code load}. */
    Optional<UserPrincipal> principal(String tokenHash, Function<String, Optional<Found>> load) {
        Instant now = clock.instant();
        Entry cached = entries.get(tokenHash);
        if (cached != null && now.isBefore(cached.until())) {
            return Optional.of(cached.principal());
        }
        Optional<Found> found = load.apply(tokenHash);
        if (found.isEmpty()) {
            entries.remove(tokenHash);
            return Optional.empty();
        }
        if (!ttl.isZero() && !ttl.isNegative()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            Instant until = now.plus(ttl);
            Instant expires = found.get().tokenExpiresAt();
            entries.put(tokenHash, new Entry(found.get().principal(), until.isBefore(expires) ? until : expires));
        }
        return Optional.of(found.get().principal());
    }

    /** Drops every cached token of the user, now and once more after the current transaction commits. */
    void forget(long userId) {
        drop(userId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    drop(userId);
                }
            });
        }
    }

    private void drop(long userId) {
        entries.values().removeIf(e -> e.principal().id() == userId);
    }
}
