package io.closewright.checkup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.closewright.shared.jobs.JobSchedulerLifecycle;
import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The morning reminder of the checkups due, on both databases: db-scheduler has the recurring task, and
 * running the job's logic twice on the same day writes one set of reminders. Today is Tue 1 Dec 2026,
 * 09:00: past the 07:00 reminder time. A chain a(2) -> b(3) -> c(1) closing Thu 3 Dec has c due 3 Dec
 * (checkup today), b due 2 Dec and a due Thu 26 Nov (both overdue): three reminders.
 */
@IntegrationTest
class CheckupReminderIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CheckupReminderJob job;

    @Autowired
    CheckupReminders reminders;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobSchedulerLifecycle scheduler;

    @Test
    void theSchedulerHoldsTheRecurringReminderTask() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = ?")
                        .param(CheckupReminderJob.TASK_NAME)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void onlyTheTestRunsTheJobBecauseTheSchedulerDoesNotPollInTests() {
        assertThat(scheduler.isStarted()).isFalse();
        Fixtures.Team team = fixtures.team(port);
        dealDueSoon(team.repA1().api());
        assertThat(reminders.ran(team.workspace().id(), TODAY)).isFalse();

        job.runDue();

        assertThat(reminders.ran(team.workspace().id(), TODAY)).isTrue();
        assertThat(reminderCount(team)).isEqualTo(3);
    }

    @Test
    void writesTheDaysRemindersOncePerWorkspaceHoweverOftenItRuns() {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        long deal = dealDueSoon(rep);

        job.runDue();
        job.runDue();
        assertThat(reminderCount(team)).isEqualTo(3);
        assertThatThrownBy(() -> reminders.remind(team.workspace().id(), TODAY))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(reminderCount(team)).isEqualTo(3);

        JsonNode agenda = rep.get("/api/checkups/agenda").json();
        assertThat(agenda.get("reminders").size()).isEqualTo(3);
        assertThat(agenda.get("overdue").size()).isEqualTo(2);
        assertThat(agenda.get("dueToday").size()).isEqualTo(1);
        assertThat(team.repA2()
                        .api()
                        .get("/api/checkups/agenda")
                        .json()
                        .get("reminders")
                        .size())
                .isZero();

        rep.post(
                "/api/opportunities/" + deal + "/checkups",
                Map.of("stepKey", "c", "heldOn", "2026-12-01", "problem", "p", "solution", "s"));
        JsonNode after = rep.get("/api/checkups/agenda").json();
        assertThat(after.get("dueToday").size()).isZero();
        long done = 0;
        for (JsonNode r : after.get("reminders")) {
            done += r.get("done").asBoolean() ? 1 : 0;
        }
        assertThat(done).isEqualTo(1);
    }

    @Test
    void writesNothingOnADayThatIsNotAWorkingDay() {
        Fixtures.Team team = fixtures.team(port);
        Api admin = team.admin().api();
        Api.Response calendar = admin.get("/api/workspace/calendar");
        assertThat(admin.put("/api/workspace/calendar", Map.of("holidays", List.of("2026-12-01")), calendar.etag())
                        .status())
                .isEqualTo(200);
        dealDueSoon(team.repA1().api());
        job.runDue();
        assertThat(reminderCount(team)).isZero();
    }

    private long reminderCount(Fixtures.Team team) {
        return jdbc.sql("SELECT COUNT(*) FROM checkup_reminder WHERE workspace_id = ? AND remind_on = ?")
                .params(team.workspace().id(), TODAY)
                .query(Long.class)
                .single();
    }

    private static long dealDueSoon(Api rep) {
        long account = Deals.account(rep, "Reminder Co");
        long deal = rep.post("/api/opportunities", Deals.deal(account, "Due soon", "2026-12-03"))
                .id();
        Api.Response plan = rep.put(
                "/api/opportunities/" + deal + "/plan", Map.of("steps", CheckupApiIntegrationTests.chain()), null);
        assertThat(plan.status()).as(plan.text()).isEqualTo(200);
        return deal;
    }
}
