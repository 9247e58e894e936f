package io.closewright.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.IntegrationTest;
import io.closewright.support.TestClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The housekeeping of the event publication registry with the test clock, on H2 and PostgreSQL: completed
 * publications older than the retention (7 days) go, younger ones and incomplete ones stay, and incomplete
 * ones older than the limit (1 hour) are reported.
 */
@IntegrationTest
class EventPublicationHousekeepingIntegrationTests {

    @Autowired
    EventPublicationHousekeeping housekeeping;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void deletesCompletedPublicationsPastTheRetentionAndReportsStuckIncompleteOnes() {
        Instant now = Instant.parse("2027-03-10T12:00:00Z");
        clock.set(now);
        UUID oldDone = insert(now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(8)));
        UUID recentDone = insert(now.minus(Duration.ofDays(6)), now.minus(Duration.ofDays(6)));
        UUID stuck = insert(now.minus(Duration.ofDays(20)), null);
        UUID fresh = insert(now.minus(Duration.ofMinutes(5)), null);

        try {
            runAndCheck(now, oldDone, recentDone, stuck, fresh);
        } finally {
            jdbc.sql("DELETE FROM event_publication WHERE id IN (?, ?, ?, ?)")
                    .params(oldDone, recentDone, stuck, fresh)
                    .update();
        }
    }

    private void runAndCheck(Instant now, UUID oldDone, UUID recentDone, UUID stuck, UUID fresh) {
        EventPublicationHousekeeping.Outcome outcome = housekeeping.run();

        assertThat(exists(oldDone)).as("completed 8 days ago").isFalse();
        assertThat(exists(recentDone)).as("completed 6 days ago").isTrue();
        assertThat(exists(stuck)).as("incomplete ones are never deleted").isTrue();
        assertThat(exists(fresh)).isTrue();
        assertThat(outcome.deletedCompleted()).isGreaterThanOrEqualTo(1);
        assertThat(outcome.stuckIncomplete()).isGreaterThanOrEqualTo(1);
        assertThat(outcome.oldestStuck()).isBeforeOrEqualTo(now.minus(Duration.ofDays(20)));

        clock.set(now.plus(Duration.ofDays(2)));
        housekeeping.run();
        assertThat(exists(recentDone)).as("8 days after its completion").isFalse();
        assertThat(exists(stuck)).isTrue();
        jdbc.sql("DELETE FROM event_publication WHERE id IN (?, ?)")
                .params(stuck, fresh)
                .update();
    }

    private UUID insert(Instant published, Instant completed) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,"
                        + " completion_date, status, completion_attempts) VALUES (?, ?, ?, ?, ?, ?, ?, 1)")
                .params(
                        id,
                        "test.listener",
                        "java.lang.String",
                        "\"housekeeping " + id + "\"",
                        Timestamp.from(published),
                        completed == null ? null : Timestamp.from(completed),
                        completed == null ? "PUBLISHED" : "COMPLETED")
                .update();
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
