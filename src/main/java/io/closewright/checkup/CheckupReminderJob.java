package io.closewright.checkup;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.closewright.closeplan.ClosePlanManagement;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily reminder of the checkups due, as a db-scheduler recurring task: every few minutes one
 * instance (whichever picks the execution) looks at each workspace, and once it is past the reminder
 * time on a working morning there, writes that day's reminders. A day's reminders are written once per
 * workspace even if two runs overlap (see {@link CheckupReminders#remind}).
 */
@Configuration(proxyBeanMethods = false)
class CheckupReminderJob {

    static final String TASK_NAME = "checkup-reminders";
    private static final Logger LOG = LoggerFactory.getLogger(CheckupReminderJob.class);

    private final CheckupReminders reminders;
    private final ClosePlanManagement plans;
    private final CheckupSettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;

    CheckupReminderJob(
            CheckupReminders reminders,
            ClosePlanManagement plans,
            CheckupSettings settings,
            JdbcClient jdbc,
            Clock clock) {
        this.reminders = reminders;
        this.plans = plans;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> checkupReminderTask() {
        return Tasks.recurring(TASK_NAME, Schedules.fixedDelay(settings.reminderInterval()))
                .execute((instance, context) -> runDue());
    }

    /** Writes the reminders of every workspace whose working morning has come and that has none yet today. */
    int runDue() {
        int written = 0;
        for (Workspace ws : jdbc.sql("SELECT id, time_zone FROM workspace ORDER BY id")
                .query(Workspace.class)
                .list()) {
            written += runFor(ws);
        }
        return written;
    }

    private int runFor(Workspace ws) {
        ZonedDateTime local = ZonedDateTime.now(clock.withZone(ZoneId.of(ws.timeZone())));
        if (local.toLocalTime().isBefore(settings.reminderTime())
                || !plans.businessCalendar(ws.id()).isWorkingDay(local.toLocalDate())
                || reminders.ran(ws.id(), local.toLocalDate())) {
            return 0;
        }
        try {
            int written = reminders.remind(ws.id(), local.toLocalDate());
            LOG.info("Wrote {} checkup reminders for workspace {} on {}", written, ws.id(), local.toLocalDate());
            return written;
        } catch (DuplicateKeyException e) {
            return 0;
        }
    }

    record Workspace(long id, String timeZone) {}
}
