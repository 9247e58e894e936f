package io.closewright.closeplan;

import io.closewright.closeplan.scheduling.StepOwner;
import io.closewright.closeplan.scheduling.StepSpec;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Projected close dates of many deals at once: their plan steps are read in sets of a few hundred deals
 * (never one query per deal) and each plan is scheduled for today.
 */
@Component
class PlanProjections {

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final PlanCalendars calendars;

    PlanProjections(JdbcClient jdbc, PlanCalendars calendars) {
        this.jdbc = jdbc;
        this.calendars = calendars;
    }

    Map<Long, LocalDate> projected(long workspaceId, Map<Long, LocalDate> targets, LocalDate today) {
        Map<Long, List<StepSpec>> steps = new HashMap<>();
        List<Long> ids = new ArrayList<>(targets.keySet());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            load(workspaceId, ids.subList(from, Math.min(ids.size(), from + CHUNK)), steps);
        }
        WorkspaceCalendar calendar = calendars.of(workspaceId);
        io.closewright.shared.calendar.BusinessCalendar business = calendars.businessCalendar(workspaceId);
        Map<Long, LocalDate> projected = new HashMap<>();
        steps.forEach((id, specs) -> projected.put(
                id,
                PlanChecks.schedule(specs, targets.get(id), today, business, calendar.riskBufferDays)
                        .projectedCloseDate()));
        return projected;
    }

    private void load(long workspaceId, List<Long> ids, Map<Long, List<StepSpec>> into) {
        jdbc.sql(
                        "SELECT s.close_plan_id, s.step_key, s.title, s.owner, s.duration_days, s.depends_on, s.done_on"
                                + " FROM plan_step s JOIN close_plan p ON p.opportunity_id = s.close_plan_id"
                                + " WHERE p.workspace_id = :ws AND s.close_plan_id IN (:ids) ORDER BY s.close_plan_id, s.position")
                .param("ws", workspaceId)
                .param("ids", ids)
                .query((rs, n) -> {
                    Date done = rs.getDate("done_on");
                    into.computeIfAbsent(rs.getLong("close_plan_id"), k -> new ArrayList<>())
                            .add(new StepSpec(
                                    rs.getString("step_key"),
                                    rs.getString("title"),
                                    StepOwner.valueOf(rs.getString("owner")),
                                    rs.getInt("duration_days"),
                                    Lists.keys(rs.getString("depends_on")),
                                    done == null ? null : done.toLocalDate()));
                    return 0;
                })
                .list();
    }
}
