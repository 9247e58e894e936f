package io.closewright.checkup;

import io.closewright.closeplan.ClosePlanManagement;
import io.closewright.closeplan.PlanView;
import io.closewright.identity.Viewer;
import io.closewright.identity.Visibility;
import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The checkup schedules and open blockers of many deals at once, in one query per kind of row whatever
 * the number of deals; the visibility rule is part of each statement.
 */
@Component
class CheckupBatch {

    private static final String VISIBLE_DEALS = " JOIN opportunity o ON o.id = x.opportunity_id"
            + " WHERE x.opportunity_id IN (:ids) AND x.workspace_id = :ws AND " + Visibility.visibleOwner("o.owner_id");

    private final JdbcClient jdbc;
    private final ClosePlanManagement plans;
    private final WorkspacePolicies policies;

    CheckupBatch(JdbcClient jdbc, ClosePlanManagement plans, WorkspacePolicies policies) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.policies = policies;
    }

    /** The checkups of each deal's open steps with what was held and prepared, by deal id. */
    Map<Long, List<ScheduledCheckup>> scheduled(Viewer viewer, Map<Long, PlanView> dealPlans, LocalDate today) {
        if (dealPlans.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = List.copyOf(dealPlans.keySet());
        Map<String, LocalDate> held = lastHeld(viewer, ids);
        Map<String, Preparation> prepared = preparations(viewer, ids);
        BusinessCalendar calendar = plans.businessCalendar(viewer.workspaceId());
        int leadDays = policies.of(viewer.workspaceId()).leadDays;
        Map<Long, List<ScheduledCheckup>> result = new LinkedHashMap<>();
        dealPlans.forEach((id, plan) -> {
            List<StepDeadline> deadlines =
                    plan.steps().stream().map(StepDeadline::of).toList();
            result.put(
                    id,
                    CheckupSchedule.of(id, deadlines, calendar, today, leadDays).stream()
                            .map(s -> s.withHistory(
                                    held.get(id + "/" + s.stepKey()), prepared.get(id + "/" + s.stepKey())))
                            .toList());
        });
        return result;
    }

    /** The open blockers of the deals, oldest first, aged to {@code today}. */
    List<BlockerView> openBlockers(Viewer viewer, Collection<Long> dealIds, LocalDate today) {
        if (dealIds.isEmpty()) {
            return List.of();
        }
        BusinessCalendar calendar = plans.businessCalendar(viewer.workspaceId());
        int limit = policies.of(viewer.workspaceId()).blockerAgeLimitDays;
        return scoped(
                        "SELECT x.* FROM blocker x" + VISIBLE_DEALS
                                + " AND x.resolved_on IS NULL ORDER BY x.raised_on, x.id",
                        viewer,
                        dealIds)
                .query(CheckupQueries::blocker)
                .list()
                .stream()
                .map(b -> BlockerView.of(b, BlockerAge.of(calendar, b.raisedOn, null, today, limit)))
                .toList();
    }

    private Map<String, LocalDate> lastHeld(Viewer viewer, List<Long> ids) {
        Map<String, LocalDate> held = new HashMap<>();
        scoped(
                        "SELECT x.opportunity_id, x.step_key, MAX(x.held_on) AS held_on FROM checkup x" + VISIBLE_DEALS
                                + " AND x.step_key IS NOT NULL GROUP BY x.opportunity_id, x.step_key",
                        viewer,
                        ids)
                .query((rs, n) -> held.put(
                        rs.getLong("opportunity_id") + "/" + rs.getString("step_key"),
                        rs.getObject("held_on", LocalDate.class)))
                .list();
        return held;
    }

    private Map<String, Preparation> preparations(Viewer viewer, List<Long> ids) {
        Map<String, Preparation> prepared = new HashMap<>();
        scoped(
                        "SELECT x.opportunity_id, x.step_key, x.problem, x.solution FROM checkup_preparation x"
                                + VISIBLE_DEALS,
                        viewer,
                        ids)
                .query((rs, n) -> prepared.put(
                        rs.getLong("opportunity_id") + "/" + rs.getString("step_key"),
                        new Preparation(rs.getString("step_key"), rs.getString("problem"), rs.getString("solution"))))
                .list();
        return prepared;
    }

    private JdbcClient.StatementSpec scoped(String sql, Viewer viewer, Collection<Long> ids) {
        return jdbc.sql(sql)
                .param("ids", new ArrayList<>(ids))
                .param("ws", viewer.workspaceId())
                .param("viewerId", viewer.userId());
    }
}
