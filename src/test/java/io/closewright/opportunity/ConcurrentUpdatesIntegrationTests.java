package io.closewright.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Many clients update the same deals at once, each with the version it read. Every update the server
 * accepts is kept: no accepted write is silently overwritten, and refused ones answer 412.
 */
@IntegrationTest
class ConcurrentUpdatesIntegrationTests {

    private static final int THREADS = 8;
    private static final int ATTEMPTS_PER_THREAD = 15;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void everyAcceptedUpdateIsKept() throws Exception {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        List<Long> deals = List.of(
                Deals.open(rep, "Race one").id(), Deals.open(rep, "Race two").id());
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Api client = (t % 2 == 0 ? team.repA1() : team.managerA()).api();
            work.add(pool.submit(() -> {
                for (int i = 0; i < ATTEMPTS_PER_THREAD; i++) {
                    long id = deals.get(i % deals.size());
                    Api.Response read = client.get("/api/opportunities/" + id);
                    long amount = read.json().get("amount").asLong();
                    Api.Response write =
                            client.patch("/api/opportunities/" + id, Map.of("amount", amount + 1), read.etag());
                    if (write.status() == 200) {
                        accepted.incrementAndGet();
                    } else if (write.status() == 412) {
                        refused.incrementAndGet();
                    } else {
                        throw new AssertionError("unexpected " + write);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        long totalIncrease = 0;
        long amountChanges = 0;
        for (long id : deals) {
            totalIncrease +=
                    rep.get("/api/opportunities/" + id).json().get("amount").asLong() - 12500;
            amountChanges +=
                    rep.get("/api/opportunities/" + id + "/history").json().size();
        }
        assertThat(accepted.get() + refused.get()).isEqualTo(THREADS * ATTEMPTS_PER_THREAD);
        assertThat(accepted.get()).isPositive();
        assertThat(totalIncrease).isEqualTo(accepted.get());
        assertThat(amountChanges).isEqualTo(accepted.get());
    }
}
