package io.closewright.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.closewright.support.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** When a kept value is served again and when it is built anew, with a settable stamp and clock. */
class StampedCacheTests {

    final AtomicReference<Optional<String>> stamp = new AtomicReference<>(Optional.of("s1"));
    final TestClock clock = new TestClock();
    final AtomicInteger builds = new AtomicInteger();

    StampedCache<String, Integer> cache(int capacity) {
        return new StampedCache<>(stamp::get, clock, Duration.ofSeconds(60), capacity);
    }

    Integer build() {
        return builds.incrementAndGet();
    }

    @Test
    void servesTheKeptValueWhileTheStampStandsAndBuildsAgainWhenItMoves() {
        StampedCache<String, Integer> cache = cache(4);
        assertThat(cache.get("a", this::build)).isEqualTo(1);
        assertThat(cache.get("a", this::build)).isEqualTo(1);
        assertThat(cache.get("b", this::build)).isEqualTo(2);

        stamp.set(Optional.of("s2"));
        assertThat(cache.get("a", this::build)).isEqualTo(3);
        assertThat(cache.get("a", this::build)).isEqualTo(3);
        assertThat(builds).hasValue(3);
    }

    @Test
    void aValueIsServedForAtMostItsAgeAndNeverToAClockSetBack() {
        StampedCache<String, Integer> cache = cache(4);
        cache.get("a", this::build);
        clock.set(TestClock.START.plusSeconds(59));
        assertThat(cache.get("a", this::build)).isEqualTo(1);
        clock.set(TestClock.START.plusSeconds(60));
        assertThat(cache.get("a", this::build)).isEqualTo(2);
        clock.set(TestClock.START);
        assertThat(cache.get("a", this::build)).isEqualTo(3);
    }

    @Test
    void keepsNothingWithoutAStampOrCapacityOrWhenTheValueIsNotToBeKept() {
        stamp.set(Optional.empty());
        StampedCache<String, Integer> noStamp = cache(4);
        noStamp.get("a", this::build);
        assertThat(noStamp.get("a", this::build)).isEqualTo(2);

        stamp.set(Optional.of("s1"));
        StampedCache<String, Integer> none = cache(0);
        none.get("a", this::build);
        assertThat(none.get("a", this::build)).isEqualTo(4);

        StampedCache<String, Integer> choosy = cache(4);
        choosy.get("a", this::build, v -> false);
        assertThat(choosy.get("a", this::build)).isEqualTo(6);
        assertThat(choosy.get("a", this::build)).isEqualTo(6);
    }

    @Test
    void dropsTheLeastRecentlyUsedBeyondItsCapacity() {
        StampedCache<String, Integer> cache = cache(2);
        cache.get("a", this::build);
        cache.get("b", this::build);
        cache.get("a", this::build);
        cache.get("c", this::build);
        assertThat(cache.get("a", this::build)).isEqualTo(1);
        assertThat(cache.get("b", this::build)).isEqualTo(4);
    }

    @Test
    void aFailedBuildIsNotKept() {
        StampedCache<String, Integer> cache = cache(4);
        assertThatThrownBy(() -> cache.get("a", () -> {
                    throw new IllegalStateException("database down");
                }))
                .hasMessage("database down");
        assertThat(cache.get("a", this::build)).isEqualTo(1);
    }

    @Test
    void requestsArrivingDuringABuildWaitForItInsteadOfBuildingTheirOwn() throws Exception {
        StampedCache<String, Integer> cache = cache(4);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Future<Integer> first = pool.submit(() -> cache.get("a", () -> {
                started.countDown();
                await(release);
                return build();
            }));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            List<Future<Integer>> others = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                others.add(pool.submit(() -> cache.get("a", this::build)));
            }
            Thread.sleep(50);
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(1);
            for (Future<Integer> other : others) {
                assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo(1);
            }
            assertThat(builds).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
