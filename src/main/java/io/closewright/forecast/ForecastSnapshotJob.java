package io.closewright.forecast;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.closewright.forecast.engine.Period;
import io.closewright.identity.Role;
import io.closewright.identity.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly forecast snapshots, as a db-scheduler recurring task: on or after the snapshot weekday in
 * a workspace's time zone, one run stores for every active person their own forecast (and for managers
 * and admins their team's) of this month and this quarter. A run row per workspace and week, written in
 * the same transaction, keeps it to once per week even when runs overlap or two instances race.
 */
@Configuration(proxyBeanMethods = false)
class ForecastSnapshotJob {

    static final String TASK_NAME = "forecast-snapshots";
    private static final Logger LOG = LoggerFactory.getLogger(ForecastSnapshotJob.class);

    private final ForecastManagement forecasts;
    private final ForecastSettings settings;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    ForecastSnapshotJob(
            ForecastManagement forecasts,
            ForecastSettings settings,
            JdbcClient jdbc,
            TransactionTemplate tx,
            Clock clock) {
        this.forecasts = forecasts;
        this.settings = settings;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> forecastSnapshotTask() {
        return Tasks.recurring(TASK_NAME, Schedules.fixedDelay(settings.snapshotInterval()))
                .execute((instance, context) -> runDue());
    }

    record Workspace(long id, String timeZone) {}

    record Person(long id, String role) {}

    /** Takes this week's snapshots of every workspace that has none yet; answers how many were stored. */
    int runDue() {
        int taken = 0;
        for (Workspace ws : jdbc.sql("SELECT id, time_zone FROM workspace ORDER BY id")
                .query(Workspace.class)
                .list()) {
            LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(ws.timeZone())));
            LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(settings.snapshotDay()));
            try {
                Integer n = tx.execute(status -> runFor(ws.id(), weekStart, today));
                taken += n == null ? 0 : n;
            } catch (DuplicateKeyException e) {
                LOG.debug("Snapshots of workspace {} for the week of {} were already taken", ws.id(), weekStart);
            }
        }
        return taken;
    }

    private int runFor(long workspaceId, LocalDate weekStart, LocalDate today) {
        boolean done = jdbc.sql("SELECT COUNT(*) FROM forecast_snapshot_run WHERE workspace_id = ? AND week_start = ?")
                        .params(workspaceId, weekStart)
                        .query(Long.class)
                        .single()
                > 0;
        if (done) {
            return 0;
        }
        jdbc.sql("INSERT INTO forecast_snapshot_run (workspace_id, week_start, taken) VALUES (?, ?, 0)")
                .params(workspaceId, weekStart)
                .update();
        List<Person> people = jdbc.sql("SELECT id, role FROM app_user WHERE workspace_id = ? AND active ORDER BY id")
                .param(workspaceId)
                .query(Person.class)
                .list();
        int taken = 0;
        for (Person p : people) {
            Viewer viewer = new Viewer(p.id(), workspaceId, Role.valueOf(p.role()));
            for (Period period : List.of(Period.monthOf(today), Period.quarterOf(today))) {
                forecasts.weekly(viewer, period, false);
                taken++;
                if (viewer.leadsOthers()) {
                    forecasts.weekly(viewer, period, true);
                    taken++;
                }
            }
        }
        jdbc.sql("UPDATE forecast_snapshot_run SET taken = ? WHERE workspace_id = ? AND week_start = ?")
                .params(taken, workspaceId, weekStart)
                .update();
        LOG.info("Took {} forecast snapshots for workspace {} (week of {})", taken, workspaceId, weekStart);
        return taken;
    }
}
