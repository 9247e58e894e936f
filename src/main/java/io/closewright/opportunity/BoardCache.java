package io.closewright.opportunity;

import io.closewright.shared.CommittedDataStamp;
import io.closewright.shared.StampedCache;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The pipeline boards rendered lately (ADR 0030): the HTML of a board's columns and cards depends on who
 * looks, its owner or team filter, how many cards it shows, the day and committed data, and through
 * "5 minutes ago" and stale badges on the time of day, so it is served again while no write has ended
 * anywhere and for at most {@link #FRESH_FOR}. Moving a card is a write, so the board answered after a
 * move is built again.
 */
@Component
class BoardCache {

    /** How long at most a kept board is served: its relative times and stale badges move with the clock. */
    static final Duration FRESH_FOR = Duration.ofSeconds(60);

    /** How many boards are kept: one of 200 cards is about 500 KB of HTML. */
    static final int BOARDS = 32;

    private record Key(long viewerId, Long ownerId, Long teamOf, int cards, LocalDate date) {}

    private final StampedCache<Key, String> boards;

    BoardCache(CommittedDataStamp stamps, Clock clock) {
        this.boards = new StampedCache<>(stamps::current, clock, FRESH_FOR, BOARDS);
    }

    /** The board's HTML the viewer sees with these filters on {@code date}: kept, or {@code render} now. */
    String html(long viewerId, Long ownerId, Long teamOf, int cards, LocalDate date, Supplier<String> render) {
        return boards.get(new Key(viewerId, ownerId, teamOf, cards, date), render);
    }
}
