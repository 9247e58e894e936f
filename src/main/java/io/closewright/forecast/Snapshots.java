package io.closewright.forecast;

import io.closewright.forecast.engine.Period;
import io.closewright.identity.Viewer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Stores and reads forecast snapshots: what a scope's forecast said on a day. */
@Component
class Snapshots {

    private static final String COLUMNS = "id, user_id, team, period, taken_on, kind, closed_won, commit_amount,"
            + " best_case, pipeline, weighted, expected, p10, p50, p90, call_amount, quota";

    private final JdbcClient jdbc;
    private final Forecasts forecasts;
    private final Clock clock;

    Snapshots(JdbcClient jdbc, Forecasts forecasts, Clock clock) {
        this.jdbc = jdbc;
        this.forecasts = forecasts;
        this.clock = clock;
    }

    SnapshotView take(Viewer viewer, Period period, ForecastScope scope, String kind) {
        ForecastView f = forecasts.forecast(viewer, period, scope);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO forecast_snapshot (workspace_id, user_id, team, period, taken_on, kind, closed_won,"
                        + " commit_amount, best_case, pipeline, weighted, expected, p10, p50, p90, call_amount, quota,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        viewer.workspaceId(),
                        scope.userId(),
                        scope.team(),
                        period.key(),
                        f.today(),
                        kind,
                        f.figures().closedWon(),
                        f.figures().commit(),
                        f.figures().bestCase(),
                        f.figures().pipeline(),
                        f.figures().weighted(),
                        money(f.expected().mean()),
                        money(f.expected().p10()),
                        money(f.expected().p50()),
                        money(f.expected().p90()),
                        f.call() == null ? null : f.call().amount(),
                        f.quota(),
                        Timestamp.from(clock.instant()))
                .update(key, "id");
        long id = key.getKeyAs(Number.class) == null
                ? 0
                : key.getKeyAs(Number.class).longValue();
        return jdbc.sql("SELECT " + COLUMNS + " FROM forecast_snapshot WHERE id = ?")
                .param(id)
                .query(Snapshots::row)
                .single();
    }

    /** Snapshots of these people for these periods, oldest first. */
    List<SnapshotView> of(long workspaceId, Collection<String> periods, Collection<Long> userIds) {
        if (periods.isEmpty() || userIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM forecast_snapshot WHERE workspace_id = :ws"
                        + " AND period IN (:periods) AND user_id IN (:users) ORDER BY taken_on, id")
                .param("ws", workspaceId)
                .param("periods", List.copyOf(periods))
                .param("users", List.copyOf(userIds))
                .query(Snapshots::row)
                .list();
    }

    private static SnapshotView row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new SnapshotView(
                rs.getLong("id"),
                rs.getLong("user_id"),
                rs.getBoolean("team"),
                rs.getString("period"),
                rs.getDate("taken_on").toLocalDate(),
                rs.getString("kind"),
                rs.getBigDecimal("closed_won"),
                rs.getBigDecimal("commit_amount"),
                rs.getBigDecimal("best_case"),
                rs.getBigDecimal("pipeline"),
                rs.getBigDecimal("weighted"),
                rs.getBigDecimal("expected"),
                rs.getBigDecimal("p10"),
                rs.getBigDecimal("p50"),
                rs.getBigDecimal("p90"),
                rs.getBigDecimal("call_amount"),
                rs.getBigDecimal("quota"));
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
