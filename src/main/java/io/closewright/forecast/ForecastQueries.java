package io.closewright.forecast;

import io.closewright.forecast.engine.WinCalibration;
import io.closewright.identity.Viewer;
import io.closewright.identity.Visibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The deals a forecast is made of, read in sets. Every statement filters by the workspace, the scope and
 * the viewer's visibility rule inside its SQL.
 */
@Component
class ForecastQueries {

    private final JdbcClient jdbc;

    ForecastQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An open deal of the scope. */
    record OpenRow(
            long id,
            long ownerId,
            String name,
            BigDecimal amount,
            String stage,
            String category,
            LocalDate closeDate,
            int pushes,
            LocalDate createdOn) {}

    /** Open deals of the scope with a close date on or before {@code until} (null: all of them). */
    List<OpenRow> open(Viewer viewer, ForecastScope scope, @Nullable LocalDate until) {
        return bind(
                        "SELECT o.id, o.owner_id, o.name, o.amount, o.stage_key, o.forecast_category, o.close_date,"
                                + " o.close_date_pushes, o.created_at FROM opportunity o WHERE o.workspace_id = :ws"
                                + " AND o.status = 'OPEN' AND " + scope.ownerPredicate("o.owner_id")
                                + (until == null ? "" : " AND o.close_date <= :until") + " ORDER BY o.id",
                        viewer,
                        scope)
                .param("until", until == null ? LocalDate.MAX : until)
                .query((rs, n) -> new OpenRow(
                        rs.getLong("id"),
                        rs.getLong("owner_id"),
                        rs.getString("name"),
                        rs.getBigDecimal("amount"),
                        rs.getString("stage_key"),
                        rs.getString("forecast_category"),
                        rs.getDate("close_date").toLocalDate(),
                        rs.getInt("close_date_pushes"),
                        rs.getTimestamp("created_at")
                                .toInstant()
                                .atOffset(ZoneOffset.UTC)
                                .toLocalDate()))
                .list();
    }

    /** A deal of the scope that closed: won or lost, when, for how much, and when it was created. */
    record ClosedRow(long id, long ownerId, boolean won, BigDecimal amount, LocalDate closedOn, LocalDate createdOn) {}

    /** Deals of the scope closed between {@code from} and {@code to}, both inclusive. */
    List<ClosedRow> closed(Viewer viewer, ForecastScope scope, LocalDate from, LocalDate to) {
        return bind(
                        "SELECT o.id, o.owner_id, o.status, o.amount, o.closed_on, o.created_at FROM opportunity o"
                                + " WHERE o.workspace_id = :ws AND o.status IN ('WON', 'LOST') AND "
                                + scope.ownerPredicate("o.owner_id")
                                + " AND o.closed_on BETWEEN :from AND :to ORDER BY o.id",
                        viewer,
                        scope)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new ClosedRow(
                        rs.getLong("id"),
                        rs.getLong("owner_id"),
                        "WON".equals(rs.getString("status")),
                        rs.getBigDecimal("amount"),
                        rs.getDate("closed_on").toLocalDate(),
                        rs.getTimestamp("created_at")
                                .toInstant()
                                .atOffset(ZoneOffset.UTC)
                                .toLocalDate()))
                .list();
    }

    /** Won and lost counts of the viewer's visible closed deals since {@code since}, by their last open stage. */
    Map<String, WinCalibration.Outcomes> outcomesByStage(Viewer viewer, LocalDate since) {
        Map<String, long[]> counts = new HashMap<>();
        jdbc.sql("SELECT c.old_value AS stage, o.status, COUNT(DISTINCT o.id) AS deals FROM opportunity o"
                        + " JOIN opportunity_change c ON c.opportunity_id = o.id AND c.field = 'stage'"
                        + " AND c.new_value = o.stage_key WHERE o.workspace_id = :ws AND o.status IN ('WON', 'LOST')"
                        + " AND o.closed_on >= :since AND " + Visibility.visibleOwner("o.owner_id")
                        + " GROUP BY c.old_value, o.status")
                .param("ws", viewer.workspaceId())
                .param("viewerId", viewer.userId())
                .param("since", since)
                .query((rs, n) -> {
                    long[] c = counts.computeIfAbsent(rs.getString("stage"), k -> new long[2]);
                    c["WON".equals(rs.getString("status")) ? 0 : 1] += rs.getLong("deals");
                    return 0;
                })
                .list();
        Map<String, WinCalibration.Outcomes> outcomes = new HashMap<>();
        counts.forEach((stage, c) -> outcomes.put(stage, new WinCalibration.Outcomes(c[0], c[1])));
        return outcomes;
    }

    /**
     * Per visible deal closed since {@code since}: the calendar days its close date was pushed later in
     * total (0 when never).
     */
    List<Integer> slips(Viewer viewer, LocalDate since) {
        Map<Long, Integer> slips = new HashMap<>();
        jdbc.sql("SELECT o.id, c.old_value, c.new_value FROM opportunity o LEFT JOIN opportunity_change c"
                        + " ON c.opportunity_id = o.id AND c.field = 'closeDate' WHERE o.workspace_id = :ws"
                        + " AND o.status IN ('WON', 'LOST') AND o.closed_on >= :since AND "
                        + Visibility.visibleOwner("o.owner_id"))
                .param("ws", viewer.workspaceId())
                .param("viewerId", viewer.userId())
                .param("since", since)
                .query((rs, n) -> {
                    slips.merge(
                            rs.getLong("id"), push(rs.getString("old_value"), rs.getString("new_value")), Integer::sum);
                    return 0;
                })
                .list();
        return new ArrayList<>(slips.values());
    }

    /** The stage changes of the scope's deals as (deal, from, to), in the order they happened. */
    Map<Long, List<String[]>> stageChanges(Viewer viewer, ForecastScope scope) {
        Map<Long, List<String[]>> changes = new HashMap<>();
        bind(
                        "SELECT c.opportunity_id, c.old_value, c.new_value FROM opportunity_change c"
                                + " JOIN opportunity o ON o.id = c.opportunity_id WHERE o.workspace_id = :ws"
                                + " AND c.field = 'stage' AND " + scope.ownerPredicate("o.owner_id")
                                + " ORDER BY c.opportunity_id, c.changed_at, c.id",
                        viewer,
                        scope)
                .query((rs, n) -> changes.computeIfAbsent(rs.getLong("opportunity_id"), k -> new ArrayList<>())
                        .add(new String[] {rs.getString("old_value"), rs.getString("new_value")}))
                .list();
        return changes;
    }

    private static int push(@Nullable String from, @Nullable String to) {
        if (from == null || to == null) {
            return 0;
        }
        try {
            long days = ChronoUnit.DAYS.between(LocalDate.parse(from), LocalDate.parse(to));
            return (int) Math.max(0, Math.min(days, 3650));
        } catch (java.time.DateTimeException e) {
            return 0;
        }
    }

    private JdbcClient.StatementSpec bind(String sql, Viewer viewer, ForecastScope scope) {
        return jdbc.sql(sql)
                .param("ws", viewer.workspaceId())
                .param("viewerId", viewer.userId())
                .param("scopeUser", scope.userId());
    }
}
