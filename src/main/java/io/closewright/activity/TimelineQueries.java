package io.closewright.activity;

import io.closewright.identity.Viewer;
import io.closewright.identity.Visibility;
import io.closewright.shared.PageSlice;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A deal's timeline in one statement, newest first: its opening, its recorded field changes
 * ({@code opportunity_change}, where a deal's stage, close date, amount and outcome history lives), the
 * system events of {@code timeline_event} and the logged activities. Filtering by kind and paging happen
 * in SQL; the deal's visibility is part of the statement.
 */
@Component
class TimelineQueries {

    private static final String ENTRIES = "SELECT 0 AS src, o.id AS ref_id, 'OPENED' AS kind, o.created_at AS at,"
            + " CAST(NULL AS BIGINT) AS actor_id, CAST(NULL AS VARCHAR(40)) AS field,"
            + " CAST(NULL AS VARCHAR(200)) AS old_value, o.stage_key AS new_value, CAST(NULL AS VARCHAR(1000)) AS detail"
            + " FROM opportunity o WHERE o.id = :deal"
            + " UNION ALL SELECT 1, c.id, CASE c.field WHEN 'stage' THEN 'STAGE_CHANGED'"
            + " WHEN 'closeDate' THEN 'CLOSE_DATE_MOVED' WHEN 'amount' THEN 'AMOUNT_CHANGED'"
            + " WHEN 'currency' THEN 'AMOUNT_CHANGED' WHEN 'status' THEN CASE c.new_value WHEN 'NURTURE' THEN 'NURTURED'"
            + " WHEN 'OPEN' THEN 'REVIVED' ELSE 'DEAL_CLOSED' END ELSE 'DEAL_EDITED' END,"
            + " c.changed_at, c.changed_by, c.field, c.old_value, c.new_value, c.reason"
            + " FROM opportunity_change c WHERE c.opportunity_id = :deal AND NOT (c.field = 'stage' AND EXISTS"
            + " (SELECT 1 FROM opportunity_change w WHERE w.opportunity_id = c.opportunity_id AND w.field = 'status'"
            + " AND w.changed_at = c.changed_at))"
            + " UNION ALL SELECT 2, e.id, e.kind, e.occurred_at, e.actor_id, NULL, NULL, e.subject, e.detail"
            + " FROM timeline_event e WHERE e.opportunity_id = :deal"
            + " UNION ALL SELECT 3, x.id, x.activity_type, x.occurred_at, x.author_id, NULL, NULL, NULL, NULL"
            + " FROM activity x WHERE x.opportunity_id = :deal";

    private static final String VISIBLE_DEAL = " WHERE EXISTS (SELECT 1 FROM opportunity vd WHERE vd.id = :deal"
            + " AND vd.workspace_id = :ws AND " + Visibility.visibleOwner("vd.owner_id") + ")"
            + " AND t.kind IN (:kinds)";

    private final JdbcClient jdbc;

    TimelineQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count(Viewer viewer, long dealId, Collection<TimelineKind> kinds) {
        return bind(jdbc.sql("SELECT COUNT(*) FROM (" + ENTRIES + ") t" + VISIBLE_DEAL), viewer, dealId, kinds)
                .query(Long.class)
                .single();
    }

    List<TimelineRow> page(Viewer viewer, long dealId, Collection<TimelineKind> kinds, PageSlice slice) {
        return bind(
                        jdbc.sql("SELECT t.*, u.name AS actor_name FROM (" + ENTRIES + ") t"
                                + " LEFT JOIN app_user u ON u.id = t.actor_id" + VISIBLE_DEAL
                                + " ORDER BY t.at DESC, t.src DESC, t.ref_id DESC LIMIT :limit OFFSET :offset"),
                        viewer,
                        dealId,
                        kinds)
                .param("limit", slice.size())
                .param("offset", slice.offset())
                .query((rs, n) -> row(rs))
                .list();
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec spec, Viewer viewer, long dealId, Collection<TimelineKind> kinds) {
        return spec.param("ws", viewer.workspaceId())
                .param("viewerId", viewer.userId())
                .param("deal", dealId)
                .param("kinds", kinds.stream().map(Enum::name).toList());
    }

    private static TimelineRow row(ResultSet rs) throws SQLException {
        return new TimelineRow(
                rs.getInt("src"),
                rs.getLong("ref_id"),
                rs.getString("kind"),
                rs.getTimestamp("at").toInstant(),
                rs.getObject("actor_id", Long.class),
                rs.getString("actor_name"),
                rs.getString("field"),
                rs.getString("old_value"),
                rs.getString("new_value"),
                rs.getString("detail"));
    }

    /**
     * One raw timeline entry. {@code src} 3 is an activity ({@code refId} its id); for a field change
     * {@code field}, {@code oldValue} and {@code newValue} say what changed and {@code detail} why; for a
     * system event {@code newValue} is its subject.
     */
    record TimelineRow(
            int src,
            long refId,
            String kind,
            Instant at,
            Long actorId,
            String actorName,
            String field,
            String oldValue,
            String newValue,
            String detail) {

        boolean isActivity() {
            return src == 3;
        }
    }
}
