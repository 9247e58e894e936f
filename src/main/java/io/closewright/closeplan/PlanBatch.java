package io.closewright.closeplan;

import io.closewright.closeplan.scheduling.StepOwner;
import io.closewright.identity.Viewer;
import io.closewright.identity.Visibility;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Schedules the plans of many deals at once: two queries for all their plans and steps (filtered by the
 * viewer's visibility in the SQL), one calendar and one "today", then the scheduler per plan in memory.
 */
@Component
class PlanBatch {

    private final JdbcClient jdbc;
    private final PlanCalendars calendars;

    PlanBatch(JdbcClient jdbc, PlanCalendars calendars) {
        this.jdbc = jdbc;
        this.calendars = calendars;
    }

    /** The plans of those {@code deals} that have one, by deal id, scheduled for {@code today}. */
    Map<Long, PlanView> plans(Viewer viewer, Collection<OpportunityView> deals, LocalDate today) {
        Map<Long, LocalDate> closeDates = new LinkedHashMap<>();
        deals.forEach(d -> closeDates.put(d.id(), d.closeDate()));
        return plans(viewer, closeDates, today);
    }

    /** The plans of the deals with these close dates (by deal id) that have one, scheduled for {@code today}. */
    Map<Long, PlanView> plans(Viewer viewer, Map<Long, LocalDate> closeDates, LocalDate today) {
        if (closeDates.isEmpty()) {
            return Map.of();
        }
        Map<Long, ClosePlan> plans = load(viewer, List.copyOf(closeDates.keySet()));
        WorkspaceCalendar calendar = calendars.of(viewer.workspaceId());
        BusinessCalendar business = calendars.businessCalendar(viewer.workspaceId());
        Map<Long, PlanView> views = new LinkedHashMap<>();
        closeDates.forEach((id, closeDate) -> {
            ClosePlan plan = plans.get(id);
            if (plan != null && !plan.steps.isEmpty()) {
                var schedule = PlanChecks.schedule(plan.specs(), closeDate, today, business, calendar.riskBufferDays);
                views.put(id, PlanView.of(id, plan.templateKey, today, schedule, plan.drafts(), plan.version));
            }
        });
        return views;
    }

    private Map<Long, ClosePlan> load(Viewer viewer, List<Long> ids) {
        Map<Long, ClosePlan> plans = new HashMap<>();
        jdbc.sql("SELECT p.opportunity_id, p.template_key, p.version FROM close_plan p"
                        + " JOIN opportunity o ON o.id = p.opportunity_id"
                        + " WHERE p.opportunity_id IN (:ids) AND o.workspace_id = :ws AND "
                        + Visibility.visibleOwner("o.owner_id"))
                .param("ids", ids)
                .param("ws", viewer.workspaceId())
                .param("viewerId", viewer.userId())
                .query((rs, n) -> {
                    ClosePlan plan = new ClosePlan();
                    plan.opportunityId = rs.getLong("opportunity_id");
                    plan.workspaceId = viewer.workspaceId();
                    plan.templateKey = rs.getString("template_key");
                    plan.version = rs.getLong("version");
                    return plans.put(plan.opportunityId, plan);
                })
                .list();
        if (plans.isEmpty()) {
            return plans;
        }
        jdbc.sql("SELECT * FROM plan_step WHERE close_plan_id IN (:ids) ORDER BY close_plan_id, position")
                .param("ids", List.copyOf(plans.keySet()))
                .query((rs, n) -> {
                    StoredStep step = new StoredStep();
                    step.key = rs.getString("step_key");
                    step.title = rs.getString("title");
                    step.owner = StepOwner.valueOf(rs.getString("owner"));
                    step.durationDays = rs.getInt("duration_days");
                    step.dependsOn = rs.getString("depends_on");
                    step.involves = rs.getString("involves");
                    step.assigneeContactId = rs.getObject("assignee_contact_id", Long.class);
                    step.doneOn = rs.getObject("done_on", LocalDate.class);
                    return plans.get(rs.getLong("close_plan_id")).steps.add(step);
                })
                .list();
        return plans;
    }
}
