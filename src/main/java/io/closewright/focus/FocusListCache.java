package io.closewright.focus;

import io.closewright.shared.CommittedDataStamp;
import io.closewright.shared.StampedCache;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The focus lists built lately (ADR 0030): a list depends on who looks ({@code viewerId}: what they may
 * see), whose list it is, the workspace's date and committed data, and through stale deals on the time of
 * day, so it is served again while no write has ended anywhere and for at most {@code
 * closewright.focus.cached-for}. A list built across midnight is not kept. At most {@code
 * closewright.focus.cached-lists} are kept; 0 keeps none.
 */
@Component
class FocusListCache {

    private record Key(long viewerId, long userId, LocalDate date) {}

    private final StampedCache<Key, FocusList> lists;

    FocusListCache(CommittedDataStamp stamps, Clock clock, FocusSettings settings) {
        this.lists = new StampedCache<>(stamps::current, clock, settings.cachedFor(), settings.cachedLists());
    }

    /** The list of {@code userId} seen by {@code viewerId} on {@code date}: kept, or {@code build} now. */
    FocusList list(long viewerId, long userId, LocalDate date, Supplier<FocusList> build) {
        return lists.get(
                new Key(viewerId, userId, date), build, built -> built.date().equals(date));
    }
}
