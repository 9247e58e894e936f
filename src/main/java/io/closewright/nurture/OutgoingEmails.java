package io.closewright.nurture;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The states of drip email rows as the sender moves them: claiming due rows, reading what to send,
 * cancelling, releasing rows of a run that never finished. Every statement runs on its own (autocommit),
 * so a claim is visible to other instances at once and a sent mark survives any later failure.
 */
@Component
class OutgoingEmails {

    private static final String DUE =
            "SELECT e.id FROM nurture_email e JOIN nurture_enrolment n ON n.id = e.enrolment_id"
                    + " WHERE e.status = 'PENDING' AND e.next_attempt_at <= :now AND n.stopped_at IS NULL"
                    + " AND NOT EXISTS (SELECT 1 FROM nurture_unsubscribe x WHERE x.workspace_id = e.workspace_id"
                    + " AND LOWER(x.email) = LOWER(e.recipient)) ORDER BY e.next_attempt_at, e.id LIMIT :batch";

    private final JdbcClient jdbc;

    OutgoingEmails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims up to {@code batch} due emails for the run {@code claim}; a row claimed by another run is skipped. */
    int claim(String claim, Instant now, int batch) {
        return jdbc.sql("UPDATE nurture_email SET status = 'SENDING', claimed_by = :claim, claimed_at = :now"
                        + " WHERE status = 'PENDING' AND next_attempt_at <= :now AND id IN (" + DUE + ")")
                .param("claim", claim)
                .param("now", Timestamp.from(now))
                .param("batch", batch)
                .update();
    }

    /** The emails the run {@code claim} holds, with their content and placeholder values. */
    List<OutgoingEmail> claimed(String claim) {
        return jdbc.sql(
                        "SELECT e.id, e.workspace_id, e.attempts, e.recipient, s.subject, s.body, k.name AS contact_name,"
                                + " a.name AS account_name, o.name AS deal_name, u.name AS rep_name, u.email AS rep_email,"
                                + " w.name AS workspace_name FROM nurture_email e JOIN nurture_enrolment n ON n.id = e.enrolment_id"
                                + " JOIN contact k ON k.id = n.contact_id JOIN opportunity o ON o.id = n.opportunity_id"
                                + " JOIN account a ON a.id = o.account_id JOIN app_user u ON u.id = o.owner_id"
                                + " JOIN workspace w ON w.id = e.workspace_id"
                                + " LEFT JOIN nurture_campaign_step s ON s.campaign_id = n.campaign_id AND s.step_no = e.step_no"
                                + " WHERE e.claimed_by = ? AND e.status = 'SENDING' ORDER BY e.id")
                .param(claim)
                .query((rs, n) -> new OutgoingEmail(
                        rs.getLong("id"),
                        rs.getLong("workspace_id"),
                        rs.getInt("attempts"),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        new DripText.Recipient(
                                rs.getString("contact_name"),
                                rs.getString("account_name"),
                                rs.getString("deal_name"),
                                rs.getString("rep_name"),
                                rs.getString("rep_email"),
                                rs.getString("workspace_name"))))
                .list();
    }

    void cancel(long id, String claim, String why) {
        jdbc.sql("UPDATE nurture_email SET status = 'CANCELLED', last_error = ?, claimed_by = NULL WHERE id = ?"
                        + " AND claimed_by = ?")
                .params(why, id, claim)
                .update();
    }

    /** Puts back emails claimed before {@code cutoff} by a run that never marked them. */
    void releaseAbandoned(Instant cutoff) {
        jdbc.sql("UPDATE nurture_email SET status = 'PENDING', claimed_by = NULL WHERE status = 'SENDING'"
                        + " AND claimed_at < ?")
                .param(Timestamp.from(cutoff))
                .update();
    }

    /** Cancels the emails still to go to addresses that unsubscribed. */
    void cancelUnsubscribed() {
        jdbc.sql("UPDATE nurture_email SET status = 'CANCELLED', last_error = 'Unsubscribed' WHERE status = 'PENDING'"
                        + " AND EXISTS (SELECT 1 FROM nurture_unsubscribe x WHERE x.workspace_id = nurture_email.workspace_id"
                        + " AND LOWER(x.email) = LOWER(nurture_email.recipient))")
                .update();
    }
}
