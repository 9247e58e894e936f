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

    /**
     * What the viewer's visible deals closed since a day say about the open ones: won and lost counts by
     * their last open stage (each deal once per stage it entered its closing stage from), and per deal
     * the calendar days its close date was pushed later in total (0 when never).
     */
    record ClosedHistory(Map<String, WinCalibration.Outcomes> outcomesByStage, List<Integer> slips) {}

    /**
     * The viewer's {@link ClosedHistory} since {@code since}, in one statement: the visible deals closed
     * since then with their stage and close-date changes.
     */
    ClosedHistory closedHistory(Viewer viewer, LocalDate since) {
        Map<Long, Integer> slips = new HashMap<>();
        Map<Long, java.util.Set<String>> lastOpenStages = new HashMap<>();
        Map<Long, Boolean> wonOf = new HashMap<>();
        jdbc.sql("SELECT o.id, o.status, o.stage_key, c.field, c.old_value, c.new_value FROM opportunity o"
                        + " LEFT JOIN opportunity_change c ON c.opportunity_id = o.id AND c.field IN ('stage', 'closeDate')"
                        + " WHERE o.workspace_id = :ws AND o.status IN ('WON', 'LOST') AND o.closed_on >= :since AND "
                        + Visibility.visibleOwner("o.owner_id"))
                .param("ws", viewer.workspaceId())
                .param("viewerId", viewer.userId())
                .param("since", since)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    String field = rs.getString("field");
                    if ("stage".equals(field)) {
                        if (java.util.Objects.equals(rs.getString("new_value"), rs.getString("stage_key"))) {
                            lastOpenStages
                                    .computeIfAbsent(id, k -> new java.util.HashSet<>())
                                    .add(rs.getString("old_value"));
                            wonOf.put(id, "WON".equals(rs.getString("status")));
                        }
                        slips.putIfAbsent(id, 0);
                    } else {
                        int push = "closeDate".equals(field)
                                ? push(rs.getString("old_value"), rs.getString("new_value"))
                                : 0;
                        slips.merge(id, push, Integer::sum);
                    }
                    return 0;
                })
                .list();
        Map<String, long[]> counts = new HashMap<>();
        lastOpenStages.forEach((id, stages) -> {
            for (String stage : stages) {
                counts.computeIfAbsent(stage, k -> new long[2])[wonOf.get(id) ? 0 : 1]++;
            }
        });
        Map<String, WinCalibration.Outcomes> outcomes = new HashMap<>();
        counts.forEach((stage, c) -> outcomes.put(stage, new WinCalibration.Outcomes(c[0], c[1])));
        return new ClosedHistory(outcomes, new ArrayList<>(slips.values()));
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
            long days = ChronoUnit.DAYS.between(isoDate(from), isoDate(to));
            return (int) Math.max(0, Math.min(days, 3650));
        } catch (java.time.DateTimeException e) {
            return 0;
        }
    }

    /**
     * A day written as {@code yyyy-MM-dd} (how changes record close dates), read without a formatter;
     * anything else goes to {@link LocalDate#parse}, which throws for what is not a date.
     */
    static LocalDate isoDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }

    private JdbcClient.StatementSpec bind(String sql, Viewer viewer, ForecastScope scope) {
        return jdbc.sql(sql)
                .param("ws", viewer.workspaceId())
                .param("viewerId", viewer.userId())
                .param("scopeUser", scope.userId());
    }
}
