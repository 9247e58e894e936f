package io.closewright.closeplan;

import io.closewright.closeplan.scheduling.StepOwner;
import io.closewright.closeplan.scheduling.StepSpec;
import io.closewright.shared.IdSelection;
import io.closewright.shared.calendar.BusinessCalendar;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Projected close dates of many deals at once: their plan steps are read in sets of a few hundred deals
 * taken in id order (never one query per deal) and each plan is scheduled for today. A set whose ids lie
 * close together is read as the index range from its first id to its last (rows of other deals in the range
 * are skipped in Java); a sparse set as {@code IN (:ids)}. Either way the condition stands on both sides of
 * the plan/step join, so that neither side is read beyond the set (PostgreSQL otherwise merge-joins the
 * steps with every plan from the workspace's first, and each later set costs more).
 *
 * <p>A projection is a function of the plan's steps, the deal's close date, today and the workspace's
 * calendar. Steps change only through the plan aggregate, which raises the plan's version on every save,
 * and the calendar has a version of its own, so a projection is kept per deal under the key of those
 * inputs and reused while the key is the same: a repeated forecast reads only the plans' versions
 * (one small row per deal) and schedules only the plans that changed. The version and the steps of a
 * plan that is scheduled come from the same statement, so a kept projection always matches its key.
 */
@Component
class PlanProjections {

    private static final int CHUNK = 500;

    /** A set is read as a range when its id span is at most this many times its size. */
    private static final int DENSE_SPAN = 4;

    /** Past this many kept projections (far more than a workspace has open plans) the store starts again. */
    static final int MAX_KEPT = 250_000;

    private final JdbcClient jdbc;
    private final PlanCalendars calendars;
    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

    PlanProjections(JdbcClient jdbc, PlanCalendars calendars) {
        this.jdbc = jdbc;
        this.calendars = calendars;
    }

    /** Every input of one deal's projection besides its steps, which the plan's version stands for. */
    private record Inputs(
            long workspaceId, long planVersion, LocalDate target, LocalDate today, long calendarVersion, int buffer) {}

    private record Kept(Inputs inputs, LocalDate projected) {}

    private record Plan(long version, List<StepSpec> steps) {}

    Map<Long, LocalDate> projected(long workspaceId, Map<Long, LocalDate> targets, LocalDate today) {
        WorkspaceCalendar calendar = calendars.of(workspaceId);
        long calendarVersion = calendar.version == null ? -1 : calendar.version;
        List<Long> ids = new ArrayList<>(targets.keySet());
        Collections.sort(ids);
        Map<Long, Long> versions = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            versions(workspaceId, ids.subList(from, Math.min(ids.size(), from + CHUNK)), versions);
        }
        Map<Long, LocalDate> projected = new HashMap<>();
        List<Long> stale = new ArrayList<>();
        versions.forEach((id, version) -> {
            Kept k = kept.get(id);
            Inputs now =
                    new Inputs(workspaceId, version, targets.get(id), today, calendarVersion, calendar.riskBufferDays);
            if (k != null && k.inputs().equals(now)) {
                projected.put(id, k.projected());
            } else {
                stale.add(id);
            }
        });
        if (stale.isEmpty()) {
            return projected;
        }
        Collections.sort(stale);
        Map<Long, Plan> plans = new HashMap<>();
        for (int from = 0; from < stale.size(); from += CHUNK) {
            load(workspaceId, stale.subList(from, Math.min(stale.size(), from + CHUNK)), plans);
        }
        if (kept.size() > MAX_KEPT) {
            kept.clear();
        }
        BusinessCalendar business = calendars.businessCalendar(workspaceId);
        plans.forEach((id, plan) -> {
            LocalDate day = PlanChecks.schedule(plan.steps(), targets.get(id), today, business, calendar.riskBufferDays)
                    .projectedCloseDate();
            projected.put(id, day);
            kept.put(
                    id,
                    new Kept(
                            new Inputs(
                                    workspaceId,
                                    plan.version(),
                                    targets.get(id),
                                    today,
                                    calendarVersion,
                                    calendar.riskBufferDays),
                            day));
        });
        return projected;
    }

    private void versions(long workspaceId, List<Long> ids, Map<Long, Long> into) {
        IdSelection selection = IdSelection.densest(ids, DENSE_SPAN);
        selection
                .bind(jdbc.sql("SELECT p.opportunity_id, p.version FROM close_plan p WHERE p.workspace_id = :ws AND "
                                + selection.on("p.opportunity_id"))
                        .param("ws", workspaceId))
                .query(rs -> {
                    long id = rs.getLong("opportunity_id");
                    if (selection.contains(id)) {
                        into.put(id, rs.getLong("version"));
                    }
                });
    }

    private void load(long workspaceId, List<Long> ids, Map<Long, Plan> into) {
        Map<Long, List<StepSpec>> steps = new HashMap<>();
        Map<Long, Long> versions = new HashMap<>();
        IdSelection selection = IdSelection.densest(ids, DENSE_SPAN);
        JdbcClient.StatementSpec spec = selection.bind(jdbc.sql(
                        "SELECT s.close_plan_id, p.version, s.step_key, s.title, s.owner, s.duration_days, s.depends_on,"
                                + " s.done_on FROM plan_step s JOIN close_plan p ON p.opportunity_id = s.close_plan_id"
                                + " WHERE p.workspace_id = :ws AND " + selection.on("p.opportunity_id")
                                + " AND " + selection.on("s.close_plan_id") + " ORDER BY s.close_plan_id, s.position")
                .param("ws", workspaceId));
        spec.query(rs -> {
            long id = rs.getLong("close_plan_id");
            if (!selection.contains(id)) {
                return;
            }
            Date done = rs.getDate("done_on");
            versions.put(id, rs.getLong("version"));
            steps.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new StepSpec(
                            rs.getString("step_key"),
                            rs.getString("title"),
                            StepOwner.valueOf(rs.getString("owner")),
                            rs.getInt("duration_days"),
                            Lists.keys(rs.getString("depends_on")),
                            done == null ? null : done.toLocalDate()));
        });
        steps.forEach((id, specs) -> into.put(id, new Plan(versions.get(id), specs)));
    }
}
