package io.closewright.focus;

import io.closewright.shared.CommittedDataStamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The focus lists built lately, served again while the database's {@link CommittedDataStamp} is unchanged
 * (ADR 0030). A list depends on who looks ({@code viewerId}: what they may see), whose list it is and the
 * workspace's date, and on nothing but committed data besides, so an entry is exact for as long as no
 * write has ended anywhere: the first request after any change builds the list again, and requests for
 * the same list that arrive while it is being built with the same stamp wait for that build instead of
 * making their own. At most {@code closewright.focus.cached-lists} lists are kept, the least recently used
 * dropped first; 0 keeps none.
 */
@Component
class FocusListCache {

    private record Key(long viewerId, long userId, LocalDate date) {}

    private record Entry(String stamp, CompletableFuture<FocusList> list) {}

    private final CommittedDataStamp stamps;
    private final int capacity;
    private final Map<Key, Entry> entries;

    FocusListCache(CommittedDataStamp stamps, FocusSettings settings) {
        this.stamps = stamps;
        this.capacity = settings.cachedLists();
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The list of {@code userId} seen by {@code viewerId} on {@code date}: cached, or {@code build} now. */
    FocusList list(long viewerId, long userId, LocalDate date, Supplier<FocusList> build) {
        if (capacity <= 0) {
            return build.get();
        }
        Optional<String> stamp = stamps.current();
        if (stamp.isEmpty()) {
            return build.get();
        }
        Key key = new Key(viewerId, userId, date);
        Entry mine = new Entry(stamp.get(), new CompletableFuture<>());
        Entry current;
        synchronized (entries) {
            current = entries.get(key);
            if (current == null || !current.stamp().equals(mine.stamp())) {
                entries.put(key, mine);
                current = mine;
            }
        }
        return current == mine ? build(key, mine, build) : await(current.list());
    }

    private FocusList build(Key key, Entry entry, Supplier<FocusList> build) {
        try {
            FocusList built = build.get();
            entry.list().complete(built);
            if (!built.date().equals(key.date())) {
                forget(key, entry); // the day turned while it was built
            }
            return built;
        } catch (RuntimeException | Error e) {
            forget(key, entry);
            entry.list().completeExceptionally(e);
            throw e;
        }
    }

    private void forget(Key key, Entry entry) {
        synchronized (entries) {
            entries.remove(key, entry);
        }
    }

    private static FocusList await(CompletableFuture<FocusList> list) {
        try {
            return list.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
