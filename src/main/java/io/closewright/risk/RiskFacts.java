package io.closewright.risk;

import io.closewright.closeplan.scheduling.InvalidPlanException;
import io.closewright.closeplan.scheduling.PlanSchedule;
import io.closewright.closeplan.scheduling.PlanScheduler;
import io.closewright.closeplan.scheduling.StepSpec;
import io.closewright.opportunity.ForecastCategory;
import io.closewright.opportunity.StalePolicy;
import io.closewright.opportunity.StalePolicy.DealActivity;
import io.closewright.shared.IdSelection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads what the risk policies need for a set of open deals, with one statement per kind of fact over a
 * {@link IdSelection} (an id set or an id range), never one per deal; plans are scheduled in memory.
 */
@Component
class RiskFacts {

    private static final PlanScheduler SCHEDULER = new PlanScheduler();

    private final JdbcClient jdbc;
    private final RiskContexts contexts;

    RiskFacts(JdbcClient jdbc, RiskContexts contexts) {
        this.jdbc = jdbc;
        this.contexts = contexts;
    }

    /** Up to {@code limit} ids of the workspace's open deals after {@code afterId}, in id order. */
    List<Long> openDealIds(long workspaceId, long afterId, int limit) {
        return jdbc.sql("SELECT id FROM opportunity WHERE workspace_id = :ws AND status = 'OPEN' AND id > :after"
                        + " ORDER BY id LIMIT :limit")
                .param("ws", workspaceId)
                .param("after", afterId)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /** The facts of those of the selected deals that are open deals of the workspace, in id order. */
    List<DealRiskFacts> load(RiskContext context, IdSelection ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<StepSpec>> steps = steps(context.workspaceId(), ids);
        Map<Long, List<LocalDate>> asks = dates(
                "SELECT opportunity_id, due_date FROM ask WHERE workspace_id = :ws AND " + ids.on("opportunity_id")
                        + " AND status = 'OPEN' AND due_date < :today ORDER BY due_date",
                context,
                ids);
        Map<Long, List<LocalDate>> blockers = dates(
                "SELECT opportunity_id, raised_on FROM blocker WHERE workspace_id = :ws AND " + ids.on("opportunity_id")
                        + " AND resolved_on IS NULL ORDER BY raised_on",
                context,
                ids);
        Map<Long, List<LocalDate>> checkups = dates(
                "SELECT opportunity_id, MAX(held_on) FROM checkup WHERE workspace_id = :ws AND "
                        + ids.on("opportunity_id")
                        + " GROUP BY opportunity_id",
                context,
                ids);
        Map<Long, Integer> contacts = contacts(context.workspaceId(), ids);
        String sql =
                "SELECT o.id, o.workspace_id, o.owner_id, u.name AS owner_name, u.manager_id, o.name, o.amount, o.currency,"
                        + " o.forecast_category, o.close_date, o.close_date_pushes, o.created_at, o.last_activity_at,"
                        + " o.next_activity_at, o.next_step_due_on, s.stale_days FROM opportunity o"
                        + " JOIN app_user u ON u.id = o.owner_id"
                        + " JOIN stage s ON s.workspace_id = o.workspace_id AND s.stage_key = o.stage_key"
                        + " WHERE o.workspace_id = :ws AND o.status = 'OPEN' AND " + ids.on("o.id") + " ORDER BY o.id";
        return ids
                .bind(jdbc.sql(sql).param("ws", context.workspaceId()))
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    List<LocalDate> held = checkups.get(id);
                    return new DealRiskFacts(
                            id,
                            rs.getLong("workspace_id"),
                            rs.getLong("owner_id"),
                            rs.getString("owner_name"),
                            rs.getObject("manager_id") == null ? null : rs.getLong("manager_id"),
                            rs.getString("name"),
                            rs.getBigDecimal("amount"),
                            rs.getString("currency"),
                            ForecastCategory.valueOf(rs.getString("forecast_category")),
                            rs.getObject("close_date", LocalDate.class),
                            rs.getInt("close_date_pushes"),
                            stale(rs, context),
                            schedule(steps.get(id), rs.getObject("close_date", LocalDate.class), context),
                            asks.getOrDefault(id, List.of()),
                            blockers.getOrDefault(id, List.of()),
                            held == null ? null : held.get(0),
                            instant(rs, "created_at").atZone(context.zone()).toLocalDate(),
                            contacts.getOrDefault(id, 0));
                })
                .list()
                .stream()
                .filter(deal -> ids.contains(deal.opportunityId()))
                .toList();
    }

    private static boolean stale(ResultSet rs, RiskContext context) throws SQLException {
        Instant now = context.now();
        DealActivity activity =
                DealActivity.asOf(instant(rs, "last_activity_at"), instant(rs, "next_activity_at"), now);
        return StalePolicy.isStale(
                io.closewright.opportunity.OpportunityStatus.OPEN,
                rs.getInt("stale_days"),
                activity,
                instant(rs, "created_at"),
                rs.getObject("next_step_due_on", LocalDate.class),
                now,
                context.today());
    }

    private static PlanSchedule schedule(List<StepSpec> steps, LocalDate closeDate, RiskContext context) {
        if (steps == null || steps.isEmpty()) {
            return null;
        }
        try {
            return SCHEDULER.schedule(
                    steps,
                    closeDate,
                    context.today(),
                    context.calendar(),
                    context.rules().riskBufferDays());
        } catch (InvalidPlanException e) {
            return null;
        }
    }

    private Map<Long, List<StepSpec>> steps(long workspaceId, IdSelection ids) {
        Map<Long, List<StepSpec>> steps = new HashMap<>();
        // The condition on both sides of the join, so that neither side is read beyond the selection.
        String sql = "SELECT s.close_plan_id, s.step_key, s.title, s.owner, s.duration_days, s.depends_on, s.done_on"
                + " FROM plan_step s JOIN close_plan p ON p.opportunity_id = s.close_plan_id"
                + " WHERE p.workspace_id = :ws AND " + ids.on("p.opportunity_id") + " AND " + ids.on("s.close_plan_id")
                + " ORDER BY s.close_plan_id, s.position";
        ids.bind(jdbc.sql(sql).param("ws", workspaceId)).query(rs -> {
            steps.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new StepSpec(
                            rs.getString(2),
                            rs.getString(3),
                            io.closewright.closeplan.scheduling.StepOwner.valueOf(rs.getString(4)),
                            rs.getInt(5),
                            keys(rs.getString(6)),
                            rs.getObject(7, LocalDate.class)));
        });
        return steps;
    }

    private Map<Long, List<LocalDate>> dates(String sql, RiskContext context, IdSelection ids) {
        Map<Long, List<LocalDate>> dates = new HashMap<>();
        JdbcClient.StatementSpec spec = ids.bind(jdbc.sql(sql).param("ws", context.workspaceId()));
        if (sql.contains(":today")) {
            spec = spec.param("today", context.today());
        }
        spec.query(rs -> {
            dates.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getObject(2, LocalDate.class));
        });
        return dates;
    }

    private Map<Long, Integer> contacts(long workspaceId, IdSelection ids) {
        Map<Long, Integer> counts = new HashMap<>();
        String sql = "SELECT x.opportunity_id, COUNT(DISTINCT x.contact_id) FROM ("
                + "SELECT a.opportunity_id, ac.contact_id FROM activity a JOIN activity_contact ac ON ac.activity_id = a.id"
                + " WHERE a.workspace_id = :ws AND " + ids.on("a.opportunity_id")
                + " UNION SELECT k.opportunity_id, k.contact_id FROM ask k WHERE k.workspace_id = :ws"
                + " AND " + ids.on("k.opportunity_id")
                + " UNION SELECT l.opportunity_id, l.contact_id FROM share_link l WHERE l.workspace_id = :ws"
                + " AND " + ids.on("l.opportunity_id") + " AND l.contact_id IS NOT NULL"
                + " UNION SELECT s.close_plan_id, s.assignee_contact_id FROM plan_step s"
                + " WHERE " + ids.on("s.close_plan_id") + " AND s.assignee_contact_id IS NOT NULL"
                + ") x GROUP BY x.opportunity_id";
        ids.bind(jdbc.sql(sql).param("ws", workspaceId)).query(rs -> {
            counts.put(rs.getLong(1), rs.getInt(2));
        });
        return counts;
    }

    private static List<String> keys(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(joined.split(","))
                .map(String::trim)
                .filter(k -> !k.isEmpty())
                .toList();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
