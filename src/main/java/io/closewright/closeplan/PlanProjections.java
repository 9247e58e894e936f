package io.closewright.closeplan;

import io.closewright.closeplan.scheduling.StepOwner;
import io.closewright.closeplan.scheduling.StepSpec;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Projected close dates of many deals at once: their plan steps are read in sets of a few hundred deals
 * taken in id order (never one query per deal) and each plan is scheduled for today. A set whose ids lie
 * close together is read as the index range from its first id to its last (rows of other deals in the range
 * are skipped in Java); a sparse set as {@code IN (:ids)}. Either way the condition stands on both sides of
 * the plan/step join, so that neither side is read beyond the set (PostgreSQL otherwise merge-joins the
 * steps with every plan from the workspace's first, and each later set costs more).
 */
@Component
class PlanProjections {

    private static final int CHUNK = 500;

    /** A set is read as a range when its id span is at most this many times its size. */
    private static final int DENSE_SPAN = 4;

    private final JdbcClient jdbc;
    private final PlanCalendars calendars;

    PlanProjections(JdbcClient jdbc, PlanCalendars calendars) {
        this.jdbc = jdbc;
        this.calendars = calendars;
    }

    Map<Long, LocalDate> projected(long workspaceId, Map<Long, LocalDate> targets, LocalDate today) {
        Map<Long, List<StepSpec>> steps = new HashMap<>();
        List<Long> ids = new ArrayList<>(targets.keySet());
        Collections.sort(ids);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            load(workspaceId, ids.subList(from, Math.min(ids.size(), from + CHUNK)), steps);
        }
        WorkspaceCalendar calendar = calendars.of(workspaceId);
        Map<Long, LocalDate> projected = new HashMap<>();
        steps.forEach((id, specs) -> projected.put(
                id,
                PlanChecks.schedule(specs, targets.get(id), today, calendar.businessCalendar(), calendar.riskBufferDays)
                        .projectedCloseDate()));
        return projected;
    }

    private void load(long workspaceId, List<Long> ids, Map<Long, List<StepSpec>> into) {
        long first = ids.get(0);
        long last = ids.get(ids.size() - 1);
        boolean range = last - first < (long) DENSE_SPAN * ids.size();
        Set<Long> wanted = range ? new HashSet<>(ids) : null;
        String condition = range ? " BETWEEN :first AND :last" : " IN (:ids)";
        JdbcClient.StatementSpec spec = jdbc.sql(
                        "SELECT s.close_plan_id, s.step_key, s.title, s.owner, s.duration_days, s.depends_on, s.done_on"
                                + " FROM plan_step s JOIN close_plan p ON p.opportunity_id = s.close_plan_id"
                                + " WHERE p.workspace_id = :ws AND p.opportunity_id" + condition
                                + " AND s.close_plan_id" + condition + " ORDER BY s.close_plan_id, s.position")
                .param("ws", workspaceId);
        spec = range ? spec.param("first", first).param("last", last) : spec.param("ids", ids);
        spec.query(rs -> {
            long id = rs.getLong("close_plan_id");
            if (wanted != null && !wanted.contains(id)) {
                return;
            }
            Date done = rs.getDate("done_on");
            into.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new StepSpec(
                            rs.getString("step_key"),
                            rs.getString("title"),
                            StepOwner.valueOf(rs.getString("owner")),
                            rs.getInt("duration_days"),
                            Lists.keys(rs.getString("depends_on")),
                            done == null ? null : done.toLocalDate()));
        });
    }
}
