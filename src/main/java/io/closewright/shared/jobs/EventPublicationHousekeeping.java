package io.closewright.shared.jobs;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;

/**
 * Keeps Spring Modulith's event publication registry ({@code event_publication}) from growing forever: a
 * db-scheduler recurring task (so one instance runs it at a time) deletes the completed publications
 * older than {@code closewright.events.completed-retention} through Modulith's
 * {@link CompletedEventPublications}, and logs a warning with the count and the oldest of the incomplete
 * ones older than {@code closewright.events.incomplete-warn-after}. Incomplete publications are left in
 * place: Modulith resubmits them on restart, and resubmitting them while an instance may still be working
 * on one would run a listener twice.
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationHousekeeping {

    static final String TASK_NAME = "event-publication-housekeeping";
    private static final Logger LOG = LoggerFactory.getLogger(EventPublicationHousekeeping.class);

    /** What one run found (the deleted count is of those due when the run began): completed publications deleted, and incomplete ones older than the limit. */
    record Outcome(
            int deletedCompleted,
            long stuckIncomplete,
            @Nullable Instant oldestStuck) {}

    private final CompletedEventPublications completed;
    private final EventPublicationSettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;

    EventPublicationHousekeeping(
            CompletedEventPublications completed, EventPublicationSettings settings, JdbcClient jdbc, Clock clock) {
        this.completed = completed;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> eventPublicationHousekeepingTask() {
        return Tasks.recurring(TASK_NAME, Schedules.fixedDelay(settings.housekeepingInterval()))
                .execute((instance, context) -> run());
    }

    /** Deletes the old completed publications and reports the stuck incomplete ones (also in the log). */
    Outcome run() {
        Instant now = clock.instant();
        int deleted = countCompletedBefore(now.minus(settings.completedRetention()));
        completed.deletePublicationsOlderThan(settings.completedRetention());
        Instant limit = now.minus(settings.incompleteWarnAfter());
        long stuck = jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL"
                        + " AND publication_date < ?")
                .param(Timestamp.from(limit))
                .query(Long.class)
                .single();
        Instant oldest = null;
        if (stuck > 0) {
            oldest = jdbc.sql("SELECT MIN(publication_date) FROM event_publication WHERE completion_date IS NULL")
                    .query(Timestamp.class)
                    .single()
                    .toInstant();
            LOG.warn(
                    "{} event publications are still incomplete after {} (the oldest published {}); they are"
                            + " resubmitted on the next restart. Check the log for the failing listener.",
                    stuck,
                    settings.incompleteWarnAfter(),
                    oldest);
        }
        if (deleted > 0) {
            LOG.info("Deleted {} completed event publications older than {}", deleted, settings.completedRetention());
        }
        return new Outcome(deleted, stuck, oldest);
    }

    private int countCompletedBefore(Instant cutoff) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date < ?")
                .param(Timestamp.from(cutoff))
                .query(Integer.class)
                .single();
    }
}
