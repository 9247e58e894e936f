package io.closewright.nurture;

import io.closewright.identity.Viewer;
import io.closewright.identity.Visibility;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read models of enrolments and their emails, in one statement per question, with the visibility rule
 * on the deal's owner inside the SQL: a campaign page lists only the deals its viewer may see.
 */
@Component
class NurtureQueries {

    private static final String ROWS = "SELECT n.id AS enrolment_id, n.campaign_id, c.name AS campaign_name,"
            + " n.opportunity_id, o.name AS opportunity_name, n.contact_id, k.name AS contact_name, k.email,"
            + " n.reason, n.enrolled_at, n.stopped_at, n.stop_reason, x.unsubscribed_at,"
            + " e.id AS email_id, e.step_no, COALESCE(e.subject, s.subject) AS subject, e.due_at, e.status,"
            + " e.attempts, e.sent_at, e.next_attempt_at, e.last_error,"
            + " (SELECT COUNT(*) FROM nurture_link_open l WHERE l.email_id = e.id) AS opens"
            + " FROM nurture_enrolment n JOIN nurture_campaign c ON c.id = n.campaign_id"
            + " JOIN opportunity o ON o.id = n.opportunity_id JOIN contact k ON k.id = n.contact_id"
            + " LEFT JOIN nurture_email e ON e.enrolment_id = n.id"
            + " LEFT JOIN nurture_campaign_step s ON s.campaign_id = n.campaign_id AND s.step_no = e.step_no"
            + " LEFT JOIN nurture_unsubscribe x ON x.workspace_id = n.workspace_id AND LOWER(x.email) = LOWER(k.email)"
            + " WHERE n.workspace_id = :ws AND " + Visibility.visibleOwner("o.owner_id");

    private static final String ORDER = " ORDER BY n.enrolled_at DESC, n.id DESC, e.step_no";

    private final JdbcClient jdbc;

    NurtureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The enrolments of one deal, latest first. */
    List<EnrolmentView> ofDeal(Viewer viewer, long opportunityId) {
        return group(bind(jdbc.sql(ROWS + " AND n.opportunity_id = :deal" + ORDER), viewer)
                .param("deal", opportunityId)
                .query((rs, n) -> row(rs))
                .list());
    }

    /** The enrolments of one campaign on the deals the viewer may see, latest first. */
    List<EnrolmentView> ofCampaign(Viewer viewer, long campaignId) {
        return group(bind(jdbc.sql(ROWS + " AND n.campaign_id = :campaign" + ORDER), viewer)
                .param("campaign", campaignId)
                .query((rs, n) -> row(rs))
                .list());
    }

    /** Per campaign of the workspace: how many deals the viewer may see are in its drip now. */
    Map<Long, Long> activeDeals(Viewer viewer) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        bind(
                        jdbc.sql(
                                "SELECT n.campaign_id, COUNT(DISTINCT n.opportunity_id) AS deals FROM nurture_enrolment n"
                                        + " JOIN opportunity o ON o.id = n.opportunity_id WHERE n.workspace_id = :ws"
                                        + " AND n.stopped_at IS NULL AND " + Visibility.visibleOwner("o.owner_id")
                                        + " GROUP BY n.campaign_id"),
                        viewer)
                .query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return counts;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Viewer viewer) {
        return spec.param("ws", viewer.workspaceId()).param("viewerId", viewer.userId());
    }

    private static List<EnrolmentView> group(List<Row> rows) {
        Map<Long, List<Row>> byEnrolment = new LinkedHashMap<>();
        for (Row row : rows) {
            byEnrolment
                    .computeIfAbsent(row.enrolment().id(), k -> new ArrayList<>())
                    .add(row);
        }
        return byEnrolment.values().stream()
                .map(list -> list.get(0)
                        .enrolment()
                        .withEmails(list.stream()
                                .map(Row::email)
                                .filter(java.util.Objects::nonNull)
                                .toList()))
                .toList();
    }

    private static Row row(ResultSet rs) throws SQLException {
        EnrolmentView enrolment = new EnrolmentView(
                rs.getLong("enrolment_id"),
                rs.getLong("campaign_id"),
                rs.getString("campaign_name"),
                rs.getLong("opportunity_id"),
                rs.getString("opportunity_name"),
                rs.getLong("contact_id"),
                rs.getString("contact_name"),
                rs.getString("email"),
                rs.getString("reason"),
                instant(rs.getTimestamp("enrolled_at")),
                instant(rs.getTimestamp("stopped_at")),
                rs.getString("stop_reason"),
                instant(rs.getTimestamp("unsubscribed_at")),
                List.of());
        return new Row(enrolment, email(rs));
    }

    private static DripEmailView email(ResultSet rs) throws SQLException {
        Long emailId = rs.getObject("email_id", Long.class);
        if (emailId == null) {
            return null;
        }
        String status = rs.getString("status");
        return new DripEmailView(
                emailId,
                rs.getInt("step_no") + 1,
                rs.getString("subject"),
                instant(rs.getTimestamp("due_at")),
                status,
                rs.getInt("attempts"),
                instant(rs.getTimestamp("sent_at")),
                "PENDING".equals(status) ? instant(rs.getTimestamp("next_attempt_at")) : null,
                rs.getString("last_error"),
                rs.getLong("opens"));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    private record Row(EnrolmentView enrolment, DripEmailView email) {}
}
