package io.closewright.risk;

import io.closewright.shared.IdSelection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read model of the current risk of every open deal ({@code deal_risk}): written in batches from
 * assessments, only where something changed, and the place where a slip alert's transition is claimed
 * exactly once (a conditional update that only one writer can win).
 */
@Component
class DealRisks {

    /** A deal's stored risk. */
    record Stored(
            long opportunityId,
            RiskLevel level,
            String signals,
            String summary,
            LocalDate projected,
            LocalDate suggested,
            boolean alertActive) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    DealRisks(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The stored rows of the selected deals that have one, by deal id. */
    Map<Long, Stored> stored(long workspaceId, IdSelection ids) {
        Map<Long, Stored> rows = new HashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        String sql = "SELECT opportunity_id, risk_level, signals, summary, projected_close, suggested_close,"
                + " slip_alert_active FROM deal_risk WHERE workspace_id = :ws AND " + ids.on("opportunity_id");
        ids.bind(jdbc.sql(sql).param("ws", workspaceId)).query(rs -> {
            if (!ids.contains(rs.getLong(1))) {
                return;
            }
            rows.put(
                    rs.getLong(1),
                    new Stored(
                            rs.getLong(1),
                            RiskLevel.valueOf(rs.getString(2)),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getObject(5, LocalDate.class),
                            rs.getObject(6, LocalDate.class),
                            rs.getBoolean(7)));
        });
        return rows;
    }

    /**
     * Inserts the new rows and updates the changed ones of {@code assessments}. A row another writer inserted
     * meanwhile is left as it is (the next assessment brings it up to date) rather than failing the batch.
     */
    void write(long workspaceId, List<RiskAssessment> assessments, Map<Long, Stored> before, Instant now) {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (RiskAssessment a : assessments) {
            Stored old = before.get(a.opportunityId());
            if (old == null) {
                inserts.add(new Object[] {
                    a.opportunityId(),
                    workspaceId,
                    a.level().name(),
                    a.level().ordinal(),
                    codes(a),
                    summary(a),
                    projected(a),
                    a.suggestedCloseDate(),
                    Timestamp.from(now)
                });
            } else if (changed(old, a)) {
                updates.add(new Object[] {
                    a.level().name(),
                    a.level().ordinal(),
                    codes(a),
                    summary(a),
                    projected(a),
                    a.suggestedCloseDate(),
                    Timestamp.from(now),
                    a.opportunityId()
                });
            }
        }
        batch(
                "INSERT INTO deal_risk (opportunity_id, workspace_id, risk_level, level_rank, signals, summary,"
                        + " projected_close, suggested_close, slip_alert_active, slip_alerts, assessed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE, 0, ?) ON CONFLICT DO NOTHING",
                inserts);
        batch(
                "UPDATE deal_risk SET risk_level = ?, level_rank = ?, signals = ?, summary = ?, projected_close = ?,"
                        + " suggested_close = ?, assessed_at = ? WHERE opportunity_id = ?",
                updates);
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            batch.batchUpdate(sql, rows);
        }
    }

    /**
     * Claims a deal's turn into the slip-alert state: true for exactly one caller per transition, with the
     * number of the transition; false when the alert was already active.
     */
    int claimAlert(long opportunityId) {
        int claimed = jdbc.sql("UPDATE deal_risk SET slip_alert_active = TRUE, slip_alerts = slip_alerts + 1"
                        + " WHERE opportunity_id = ? AND slip_alert_active = FALSE")
                .param(opportunityId)
                .update();
        if (claimed == 0) {
            return 0;
        }
        return jdbc.sql("SELECT slip_alerts FROM deal_risk WHERE opportunity_id = ?")
                .param(opportunityId)
                .query(Integer.class)
                .single();
    }

    /** Ends the slip-alert state of deals back in their period, on track, or no longer committed. */
    void clearAlerts(Collection<Long> opportunityIds) {
        if (!opportunityIds.isEmpty()) {
            jdbc.sql("UPDATE deal_risk SET slip_alert_active = FALSE WHERE opportunity_id IN (:ids)")
                    .param("ids", opportunityIds)
                    .update();
        }
    }

    /** Drops the rows of the workspace's deals that are no longer open (or of {@code ids} that are not). */
    void dropClosed(long workspaceId) {
        jdbc.sql("DELETE FROM deal_risk WHERE workspace_id = :ws AND opportunity_id NOT IN"
                        + " (SELECT id FROM opportunity WHERE workspace_id = :ws AND status = 'OPEN')")
                .param("ws", workspaceId)
                .update();
    }

    void drop(long opportunityId) {
        jdbc.sql("DELETE FROM deal_risk WHERE opportunity_id = ?")
                .param(opportunityId)
                .update();
    }

    private static boolean changed(Stored old, RiskAssessment a) {
        return old.level() != a.level()
                || !old.signals().equals(codes(a))
                || !old.summary().equals(summary(a))
                || !Objects.equals(old.projected(), projected(a))
                || !Objects.equals(old.suggested(), a.suggestedCloseDate());
    }

    static String codes(RiskAssessment a) {
        return String.join(",", a.signals().stream().map(s -> s.code().name()).toList());
    }

    private static String summary(RiskAssessment a) {
        String text = a.summary();
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    private static LocalDate projected(RiskAssessment a) {
        return a.projectedCloseDate();
    }
}
