package io.closewright.nurture;

import io.closewright.activity.ActivityLogged;
import io.closewright.shared.NoticeRaised;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When someone logs an activity with a contact enrolled in the drip of a nurtured deal (a reply to a
 * drip email forwarded or logged as an email, a call, a meeting), the deal may be ripening: the
 * suggestion to revive it is stored for the deal page and its owner is told ({@link NoticeRaised} of
 * kind {@value #KIND}), once per activity, contact and deal. Runs after the activity committed.
 */
@Component
class RevivalSuggestions {

    static final String KIND = "nurture-reply";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RevivalSuggestions(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ActivityLogged event) {
        if (event.contactIds().isEmpty()) {
            return;
        }
        for (Enrolled e : enrolled(event)) {
            String summary = cut(e.contactName() + ": " + event.type().label().toLowerCase(java.util.Locale.ROOT)
                    + (event.subject() == null || event.subject().isBlank()
                            ? ""
                            : " \u201c" + event.subject() + "\u201d"));
            int added = jdbc.sql(
                            "INSERT INTO nurture_suggestion (workspace_id, opportunity_id, contact_id, activity_id,"
                                    + " summary, raised_at) SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM"
                                    + " nurture_suggestion s WHERE s.activity_id = ? AND s.contact_id = ? AND s.opportunity_id = ?)")
                    .params(
                            event.workspaceId(),
                            e.opportunityId(),
                            e.contactId(),
                            event.activityId(),
                            summary,
                            Timestamp.from(clock.instant()),
                            event.activityId(),
                            e.contactId(),
                            e.opportunityId())
                    .update();
            if (added > 0) {
                events.publishEvent(notice(event, e, summary));
            }
        }
    }

    private List<Enrolled> enrolled(ActivityLogged event) {
        return jdbc.sql("SELECT DISTINCT n.opportunity_id, n.contact_id, k.name AS contact_name, o.owner_id,"
                        + " o.name AS deal_name FROM nurture_enrolment n JOIN opportunity o ON o.id = n.opportunity_id"
                        + " JOIN contact k ON k.id = n.contact_id WHERE n.workspace_id = :ws AND n.stopped_at IS NULL"
                        + " AND o.status = 'NURTURE' AND n.contact_id IN (:contacts)")
                .param("ws", event.workspaceId())
                .param("contacts", event.contactIds())
                .query(Enrolled.class)
                .list();
    }

    private static NoticeRaised notice(ActivityLogged event, Enrolled e, String summary) {
        return new NoticeRaised(
                event.workspaceId(),
                e.ownerId(),
                KIND,
                e.contactName() + " came back: consider reviving " + e.dealName(),
                summary + ". The deal is in nurture; revive it with a new close date if it is ripening.",
                "/opportunities/" + e.opportunityId(),
                e.opportunityId(),
                KIND + ":" + event.activityId() + ":" + e.contactId() + ":" + e.opportunityId());
    }

    /** The revival suggestions of a deal, newest first. */
    List<RevivalSuggestion> ofDeal(long opportunityId) {
        return jdbc.sql("SELECT s.id, s.opportunity_id, s.contact_id, k.name AS contact_name, s.activity_id, s.summary,"
                        + " s.raised_at FROM nurture_suggestion s JOIN contact k ON k.id = s.contact_id"
                        + " WHERE s.opportunity_id = ? ORDER BY s.raised_at DESC, s.id DESC")
                .param(opportunityId)
                .query((rs, n) -> new RevivalSuggestion(
                        rs.getLong("id"),
                        rs.getLong("opportunity_id"),
                        rs.getLong("contact_id"),
                        rs.getString("contact_name"),
                        rs.getLong("activity_id"),
                        rs.getString("summary"),
                        rs.getTimestamp("raised_at").toInstant()))
                .list();
    }

    private static String cut(String text) {
        return text.length() <= 300 ? text : text.substring(0, 299) + "…";
    }

    record Enrolled(long opportunityId, long contactId, String contactName, long ownerId, String dealName) {}
}
