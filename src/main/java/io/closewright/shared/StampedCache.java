package io.closewright.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Values that are costly to build from committed data, kept and served again while the database's {@link
 * CommittedDataStamp} is unchanged and they are younger than {@code maxAge} by the injected clock (ADR
 * 0030). The key must hold everything else the value depends on (who looks, the filters, the day); the
 * age bound is for what depends on the time of day, such as a deal turning stale at the minute its limit
 * runs out. Requests for a key that arrive while its value is being built under the same stamp wait for
 * that build instead of starting their own. At most {@code capacity} values are kept, the least recently
 * used dropped first; a capacity of 0 keeps none. Safe for concurrent use.
 *
 * @param <K> the key: a record of everything but committed data and time that the value depends on
 * @param <V> the value, immutable
 */
public final class StampedCache<K, V> {

    private record Entry<V>(String stamp, Instant builtAt, CompletableFuture<V> value) {}

    private final Supplier<Optional<String>> stamps;
    private final Clock clock;
    private final Duration maxAge;
    private final int capacity;
    private final Map<K, Entry<V>> entries;

    /**
     * @param stamps the stamp of the committed data now ({@link CommittedDataStamp#current}); empty keeps
     *     nothing
     */
    public StampedCache(Supplier<Optional<String>> stamps, Clock clock, Duration maxAge, int capacity) {
        this.stamps = stamps;
        this.clock = clock;
        this.maxAge = maxAge;
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value of {@code key}: kept, or from {@code build} now. */
    public V get(K key, Supplier<V> build) {
        return get(key, build, value -> true);
    }

    /**
     * The value of {@code key}: kept, or from {@code build} now, and then kept only if {@code keep} holds
     * for it (for instance, when the day it was built for is still the day).
     */
    public V get(K key, Supplier<V> build, Predicate<V> keep) {
        if (capacity <= 0) {
            return build.get();
        }
        Optional<String> stamp = stamps.get();
        if (stamp.isEmpty()) {
            return build.get();
        }
        Instant now = clock.instant();
        Entry<V> mine = new Entry<>(stamp.get(), now, new CompletableFuture<>());
        Entry<V> current;
        synchronized (entries) {
            current = entries.get(key);
            if (current == null || !fresh(current, mine.stamp(), now)) {
                entries.put(key, mine);
                current = mine;
            }
        }
        return current == mine ? build(key, mine, build, keep) : await(current.value());
    }

    private boolean fresh(Entry<V> entry, String stamp, Instant now) {
        return entry.stamp().equals(stamp)
                && !now.isBefore(entry.builtAt())
                && now.isBefore(entry.builtAt().plus(maxAge));
    }

    private V build(K key, Entry<V> entry, Supplier<V> build, Predicate<V> keep) {
        try {
            V built = build.get();
            entry.value().complete(built);
            if (!keep.test(built)) {
                forget(key, entry);
            }
            return built;
        } catch (RuntimeException | Error e) {
            forget(key, entry);
            entry.value().completeExceptionally(e);
            throw e;
        }
    }

    private void forget(K key, Entry<V> entry) {
        synchronized (entries) {
            entries.remove(key, entry);
        }
    }

    private static <V> V await(CompletableFuture<V> value) {
        try {
            return value.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
