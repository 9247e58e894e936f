package io.closewright.nurture;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves the unsent emails of a campaign when its steps' waits change. The rule: an email still
 * {@code PENDING} on an active enrolment is due at the send time of the day (enrolment day + the step's new
 * wait), as if the contact had been enrolled with the new waits; a moment already past becomes now (it
 * goes out on the next drip run), so nothing is due in the past and the emails of a contact keep their
 * order. An email waiting for a retry keeps its later retry time. Emails sent, being sent, failed or
 * cancelled are never touched, so nothing goes out twice; emails of steps the change removed are
 * cancelled when they fall due.
 */
@Component
class DripReschedule {

    private final JdbcClient jdbc;

    DripReschedule(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Re-dates the campaign's unsent emails for its {@code steps} (in step order); returns how many moved. */
    int reschedule(long campaignId, List<CampaignStep> steps, Instant now, ZoneId zone, LocalTime sendTime) {
        List<Unsent> unsent = jdbc.sql("SELECT e.id, e.step_no, e.attempts, e.next_attempt_at, n.enrolled_at"
                        + " FROM nurture_email e JOIN nurture_enrolment n ON n.id = e.enrolment_id"
                        + " WHERE n.campaign_id = ? AND n.stopped_at IS NULL AND e.status = 'PENDING'")
                .param(campaignId)
                .query((rs, i) -> new Unsent(
                        rs.getLong("id"),
                        rs.getInt("step_no"),
                        rs.getInt("attempts"),
                        rs.getTimestamp("next_attempt_at").toInstant(),
                        rs.getTimestamp("enrolled_at").toInstant()))
                .list();
        int moved = 0;
        for (Unsent email : unsent) {
            if (email.stepNo() >= steps.size()) {
                continue;
            }
            Instant due = new Enrolments.Timing(email.enrolledAt(), zone, sendTime)
                    .due(steps.get(email.stepNo()).afterDays());
            Instant dueNow = due.isBefore(now) ? now : due;
            Instant next =
                    email.attempts() > 0 && email.nextAttemptAt().isAfter(dueNow) ? email.nextAttemptAt() : dueNow;
            moved += jdbc.sql("UPDATE nurture_email SET due_at = ?, next_attempt_at = ? WHERE id = ?"
                            + " AND status = 'PENDING'")
                    .params(Timestamp.from(dueNow), Timestamp.from(next), email.id())
                    .update();
        }
        return moved;
    }

    private record Unsent(long id, int stepNo, int attempts, Instant nextAttemptAt, Instant enrolledAt) {}
}
