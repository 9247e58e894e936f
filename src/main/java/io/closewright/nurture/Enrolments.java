package io.closewright.nurture;

import io.closewright.account.ContactView;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes enrolments and the drip emails they are due: one {@code nurture_email} row per contact and
 * step, due at the send time of the day {@code afterDays} after enrolment (at once when that moment has
 * passed). Stopping a deal's drip cancels every email not yet claimed.
 */
@Component
class Enrolments {

    private final JdbcClient jdbc;

    Enrolments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enrolls each contact with an email address; returns how many were enrolled. */
    int enrol(Enrolment what, List<ContactView> contacts, Timing timing) {
        int enrolled = 0;
        for (ContactView contact : contacts) {
            if (contact.email() == null || contact.email().isBlank()) {
                continue;
            }
            long enrolment = insertEnrolment(what, contact.id(), timing.now());
            for (int step = 0; step < what.campaign().steps().size(); step++) {
                Instant due = timing.due(what.campaign().steps().get(step).afterDays());
                jdbc.sql("INSERT INTO nurture_email (workspace_id, enrolment_id, step_no, due_at, status, attempts,"
                                + " next_attempt_at, recipient) VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?)")
                        .params(
                                what.workspaceId(),
                                enrolment,
                                step,
                                Timestamp.from(due),
                                Timestamp.from(due),
                                contact.email().trim())
                        .update();
            }
            enrolled++;
        }
        return enrolled;
    }

    private long insertEnrolment(Enrolment what, long contactId, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO nurture_enrolment (workspace_id, campaign_id, opportunity_id, contact_id, reason,"
                        + " enrolled_by, enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        what.workspaceId(),
                        what.campaign().id(),
                        what.opportunityId(),
                        contactId,
                        what.reason(),
                        what.enrolledBy(),
                        Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Stops the deal's drip: its enrolments end and every email not yet claimed is cancelled. */
    int stop(long opportunityId, String why, Instant now) {
        jdbc.sql("UPDATE nurture_email SET status = 'CANCELLED', last_error = ? WHERE status = 'PENDING'"
                        + " AND enrolment_id IN (SELECT n.id FROM nurture_enrolment n WHERE n.opportunity_id = ?"
                        + " AND n.stopped_at IS NULL)")
                .params("Drip stopped: " + why.toLowerCase(java.util.Locale.ROOT), opportunityId)
                .update();
        return jdbc.sql("UPDATE nurture_enrolment SET stopped_at = ?, stop_reason = ? WHERE opportunity_id = ?"
                        + " AND stopped_at IS NULL")
                .params(Timestamp.from(now), why, opportunityId)
                .update();
    }

    /** Who enrols which deal in which campaign, and why. */
    record Enrolment(long workspaceId, CampaignView campaign, long opportunityId, String reason, long enrolledBy) {}

    /** When the emails of an enrolment made at {@code now} are due, in the workspace's time zone. */
    record Timing(Instant now, ZoneId zone, LocalTime sendTime) {

        Instant due(int afterDays) {
            LocalDate day = LocalDate.ofInstant(now, zone).plusDays(afterDays);
            Instant at = day.atTime(sendTime).atZone(zone).toInstant();
            return at.isBefore(now) ? now : at;
        }
    }
}
