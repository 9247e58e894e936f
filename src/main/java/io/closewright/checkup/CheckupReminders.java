package io.closewright.checkup;

import io.closewright.closeplan.ClosePlanManagement;
import io.closewright.closeplan.PlanView;
import io.closewright.identity.Role;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.shared.NoticeRaised;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The morning reminders of the checkups due: written once per workspace and working day, one line per
 * checkup due that day or overdue, addressed to the deal's owner; read back per user. Each rep with
 * reminders is also sent one {@code checkup-reminder} notice for the day (inbox and email by default),
 * raised in the same transaction, so it exists exactly when the reminders do. The schedules are read
 * set-based per owner ({@link CheckupBatch}, a fixed number of queries whatever their number of deals) and
 * the reminders inserted in JDBC batches.
 */
@Component
class CheckupReminders {

    private static final int INSERT_BATCH = 500;

    private final OpenDeals deals;
    private final CheckupBatch batch;
    private final ClosePlanManagement plans;
    private final OpportunityManagement opportunities;
    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CheckupReminders(
            OpenDeals deals,
            CheckupBatch batch,
            ClosePlanManagement plans,
            OpportunityManagement opportunities,
            JdbcClient jdbc,
            JdbcTemplate batches,
            Clock clock,
            ApplicationEventPublisher events) {
        this.deals = deals;
        this.batch = batch;
        this.plans = plans;
        this.opportunities = opportunities;
        this.jdbc = jdbc;
        this.batches = batches;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Writes the reminders of {@code day} for a workspace and returns how many. The run row is written
     * first: a second run for the same day fails on its primary key and, rolled back, writes nothing.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the day's reminders were already written
     */
    @Transactional
    int remind(long workspaceId, LocalDate day) {
        jdbc.sql("INSERT INTO checkup_reminder_run (workspace_id, run_date, ran_at) VALUES (?, ?, ?)")
                .params(workspaceId, day, Timestamp.from(clock.instant()))
                .update();
        Map<Long, List<OpenDeals.OpenDeal>> byOwner = new LinkedHashMap<>();
        deals.all(workspaceId)
                .forEach(d -> byOwner.computeIfAbsent(d.ownerId(), o -> new ArrayList<>())
                        .add(d));
        Map<Long, List<String>> linesByOwner = new LinkedHashMap<>();
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(clock.instant());
        byOwner.forEach((ownerId, owned) -> {
            List<String> lines = linesByOwner.computeIfAbsent(ownerId, o -> new ArrayList<>());
            Map<Long, List<ScheduledCheckup>> scheduled = scheduled(new Viewer(ownerId, workspaceId, Role.REP), owned);
            for (OpenDeals.OpenDeal deal : owned) {
                for (ScheduledCheckup c : scheduled.getOrDefault(deal.id(), List.of())) {
                    if (!c.held() && (c.overdue() || c.scheduledOn().equals(day))) {
                        rows.add(new Object[] {
                            workspaceId, ownerId, day, deal.id(), c.stepKey(), c.stepTitle(), c.plannedOn(), now
                        });
                        lines.add("- " + deal.name() + ": " + c.stepTitle());
                    }
                }
            }
        });
        for (int from = 0; from < rows.size(); from += INSERT_BATCH) {
            batches.batchUpdate(
                    "INSERT INTO checkup_reminder (workspace_id, user_id, remind_on, opportunity_id, step_key,"
                            + " step_title, checkup_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    rows.subList(from, Math.min(rows.size(), from + INSERT_BATCH)));
        }
        linesByOwner.forEach((owner, lines) -> tell(workspaceId, owner, day, lines));
        return rows.size();
    }

    /** The checkup schedules of one owner's deals, as the owner sees them, from a fixed number of queries. */
    private Map<Long, List<ScheduledCheckup>> scheduled(Viewer owner, List<OpenDeals.OpenDeal> owned) {
        Map<Long, LocalDate> closeDates = new LinkedHashMap<>();
        owned.forEach(d -> closeDates.put(d.id(), d.closeDate()));
        Map<Long, PlanView> dealPlans = plans.plansClosing(owner, closeDates);
        return batch.scheduled(owner, dealPlans, opportunities.today(owner));
    }

    private void tell(long workspaceId, long ownerId, LocalDate day, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        String title =
                lines.size() == 1 ? "1 checkup is due this morning" : lines.size() + " checkups are due this morning";
        events.publishEvent(new NoticeRaised(
                workspaceId,
                ownerId,
                "checkup-reminder",
                title,
                "Hold them before the steps' deadlines: name the problem you expect and bring the solution.\n\n"
                        + String.join("\n", lines),
                "/checkups",
                null,
                "checkup-reminder:" + day));
    }

    boolean ran(long workspaceId, LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM checkup_reminder_run WHERE workspace_id = ? AND run_date = ?")
                        .params(workspaceId, day)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The user's reminders of {@code day}, each marked done once a checkup was recorded for its step since. */
    List<ReminderView> forUser(Viewer viewer, LocalDate day) {
        return jdbc.sql("SELECT r.opportunity_id, o.name AS deal_name, r.step_key, r.step_title, r.checkup_on,"
                        + " CASE WHEN EXISTS (SELECT 1 FROM checkup c WHERE c.opportunity_id = r.opportunity_id"
                        + " AND c.step_key = r.step_key AND c.recorded_at >= r.created_at) THEN TRUE ELSE FALSE END AS done"
                        + " FROM checkup_reminder r JOIN opportunity o ON o.id = r.opportunity_id"
                        + " WHERE r.user_id = :user AND r.workspace_id = :ws AND r.remind_on = :day"
                        + " ORDER BY r.checkup_on, r.id")
                .param("user", viewer.userId())
                .param("ws", viewer.workspaceId())
                .param("day", day)
                .query(ReminderView.class)
                .list();
    }
}
