package io.closewright.nurture;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a recipient does with an unsubscribe link: opening it is recorded; unsubscribing records the
 * address for the whole workspace and cancels every email still to go to it, from any campaign.
 */
@Component
class Unsubscribes {

    private final JdbcClient jdbc;
    private final Clock clock;

    Unsubscribes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whom an email was for, and whether they already unsubscribed. */
    Optional<Recipient> recipient(long emailId) {
        return jdbc.sql("SELECT e.workspace_id, e.recipient, n.contact_id, w.name AS workspace_name,"
                        + " (SELECT MIN(x.unsubscribed_at) FROM nurture_unsubscribe x WHERE x.workspace_id = e.workspace_id"
                        + " AND LOWER(x.email) = LOWER(e.recipient)) AS unsubscribed_at FROM nurture_email e"
                        + " JOIN nurture_enrolment n ON n.id = e.enrolment_id JOIN workspace w ON w.id = e.workspace_id"
                        + " WHERE e.id = ?")
                .param(emailId)
                .query((rs, n) -> new Recipient(
                        emailId,
                        rs.getLong("workspace_id"),
                        rs.getString("recipient"),
                        rs.getLong("contact_id"),
                        rs.getString("workspace_name"),
                        rs.getTimestamp("unsubscribed_at") != null))
                .optional();
    }

    void opened(long emailId) {
        jdbc.sql("INSERT INTO nurture_link_open (email_id, opened_at) VALUES (?, ?)")
                .params(emailId, Timestamp.from(clock.instant()))
                .update();
    }

    /** Unsubscribes the recipient of an email from every campaign of its workspace; idempotent. */
    @Transactional
    void unsubscribe(Recipient r) {
        Instant now = clock.instant();
        if (!r.unsubscribed()) {
            jdbc.sql("INSERT INTO nurture_unsubscribe (workspace_id, email, contact_id, email_id, unsubscribed_at)"
                            + " SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM nurture_unsubscribe x"
                            + " WHERE x.workspace_id = ? AND LOWER(x.email) = LOWER(?))")
                    .params(
                            r.workspaceId(),
                            r.address().toLowerCase(java.util.Locale.ROOT),
                            r.contactId(),
                            r.emailId(),
                            Timestamp.from(now),
                            r.workspaceId(),
                            r.address())
                    .update();
        }
        jdbc.sql("UPDATE nurture_email SET status = 'CANCELLED', last_error = 'Unsubscribed' WHERE workspace_id = ?"
                        + " AND status = 'PENDING' AND LOWER(recipient) = LOWER(?)")
                .params(r.workspaceId(), r.address())
                .update();
    }

    record Recipient(
            long emailId,
            long workspaceId,
            String address,
            long contactId,
            String workspaceName,
            boolean unsubscribed) {}
}
