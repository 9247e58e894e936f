package io.closewright.checkup;

import io.closewright.closeplan.scheduling.StepOwner;
import io.closewright.identity.Viewer;
import io.closewright.identity.Visibility;
import io.closewright.shared.PageSlice;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads checkups, preparations and blockers of one deal. Every query joins the deal and applies the
 * visibility rule in its SQL, so a hidden deal reads as empty.
 */
@Component
class CheckupQueries {

    private static final String VISIBLE_DEAL = " JOIN opportunity o ON o.id = x.opportunity_id"
            + " WHERE x.opportunity_id = :deal AND x.workspace_id = :ws AND " + Visibility.visibleOwner("o.owner_id");

    private final JdbcClient jdbc;

    CheckupQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CheckupView> checkups(Viewer viewer, long dealId, PageSlice slice) {
        return scoped(
                        "SELECT x.*, u.name AS recorded_by_name FROM checkup x JOIN app_user u ON u.id = x.recorded_by"
                                + VISIBLE_DEAL + " ORDER BY x.held_on DESC, x.id DESC LIMIT :limit OFFSET :offset",
                        viewer,
                        dealId)
                .param("limit", slice.size())
                .param("offset", slice.offset())
                .query(CheckupQueries::checkup)
                .list();
    }

    java.util.Optional<CheckupView> checkup(Viewer viewer, long dealId, long id) {
        return scoped(
                        "SELECT x.*, u.name AS recorded_by_name FROM checkup x JOIN app_user u ON u.id = x.recorded_by"
                                + VISIBLE_DEAL + " AND x.id = :id",
                        viewer,
                        dealId)
                .param("id", id)
                .query(CheckupQueries::checkup)
                .optional();
    }

    long countCheckups(Viewer viewer, long dealId) {
        return scoped("SELECT COUNT(*) FROM checkup x" + VISIBLE_DEAL, viewer, dealId)
                .query(Long.class)
                .single();
    }

    /** The last day a checkup was held for each step of the deal. */
    Map<String, LocalDate> lastHeldByStep(Viewer viewer, long dealId) {
        Map<String, LocalDate> held = new HashMap<>();
        scoped(
                        "SELECT x.step_key, MAX(x.held_on) AS held_on FROM checkup x" + VISIBLE_DEAL
                                + " AND x.step_key IS NOT NULL GROUP BY x.step_key",
                        viewer,
                        dealId)
                .query((rs, n) -> held.put(rs.getString("step_key"), rs.getObject("held_on", LocalDate.class)))
                .list();
        return held;
    }

    Map<String, Preparation> preparations(Viewer viewer, long dealId) {
        Map<String, Preparation> prepared = new HashMap<>();
        scoped("SELECT x.step_key, x.problem, x.solution FROM checkup_preparation x" + VISIBLE_DEAL, viewer, dealId)
                .query((rs, n) -> prepared.put(
                        rs.getString("step_key"),
                        new Preparation(rs.getString("step_key"), rs.getString("problem"), rs.getString("solution"))))
                .list();
        return prepared;
    }

    /** The deal's blockers, open ones first, newest first. */
    List<Blocker> blockers(Viewer viewer, long dealId, PageSlice slice) {
        return scoped(
                        "SELECT x.* FROM blocker x" + VISIBLE_DEAL
                                + " ORDER BY CASE WHEN x.resolved_on IS NULL THEN 0 ELSE 1 END, x.raised_on DESC, x.id DESC"
                                + " LIMIT :limit OFFSET :offset",
                        viewer,
                        dealId)
                .param("limit", slice.size())
                .param("offset", slice.offset())
                .query(CheckupQueries::blocker)
                .list();
    }

    java.util.Optional<Blocker> blocker(Viewer viewer, long dealId, long id) {
        return scoped("SELECT x.* FROM blocker x" + VISIBLE_DEAL + " AND x.id = :id", viewer, dealId)
                .param("id", id)
                .query(CheckupQueries::blocker)
                .optional();
    }

    long countBlockers(Viewer viewer, long dealId) {
        return scoped("SELECT COUNT(*) FROM blocker x" + VISIBLE_DEAL, viewer, dealId)
                .query(Long.class)
                .single();
    }

    private JdbcClient.StatementSpec scoped(String sql, Viewer viewer, long dealId) {
        return jdbc.sql(sql)
                .param("deal", dealId)
                .param("ws", viewer.workspaceId())
                .param("viewerId", viewer.userId());
    }

    static CheckupView checkup(ResultSet rs, int row) throws SQLException {
        return new CheckupView(
                rs.getLong("id"),
                rs.getLong("opportunity_id"),
                rs.getString("step_key"),
                rs.getObject("held_on", LocalDate.class),
                rs.getObject("deadline", LocalDate.class),
                rs.getString("problem"),
                rs.getString("solution"),
                rs.getString("notes"),
                new CheckupQuality(
                        rs.getBoolean("before_deadline"),
                        rs.getBoolean("problem_identified"),
                        rs.getBoolean("solution_ready"),
                        rs.getInt("score"),
                        rs.getBoolean("just_checking_in")),
                rs.getLong("recorded_by"),
                rs.getString("recorded_by_name"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    static Blocker blocker(ResultSet rs, int row) throws SQLException {
        Blocker b = new Blocker();
        b.id = rs.getLong("id");
        b.workspaceId = rs.getLong("workspace_id");
        b.opportunityId = rs.getLong("opportunity_id");
        b.stepKey = rs.getString("step_key");
        b.description = rs.getString("description");
        b.ownerSide = StepOwner.valueOf(rs.getString("owner_side"));
        b.raisedOn = rs.getObject("raised_on", LocalDate.class);
        b.raisedBy = rs.getLong("raised_by");
        b.resolvedOn = rs.getObject("resolved_on", LocalDate.class);
        b.resolution = rs.getString("resolution");
        b.resolvedBy = (Long) rs.getObject("resolved_by", Long.class);
        b.version = rs.getLong("version");
        return b;
    }
}
