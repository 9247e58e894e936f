package io.closewright.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox of emails and webhooks: a row per delivery, written with the notification it delivers, then
 * claimed by one sender at a time and marked with its outcome. A claim lasts a while; a sender that died
 * holding one leaves the row to be claimed again once it runs out, never before.
 */
@Component
class Deliveries {

    enum Status {
        PENDING,
        SENT,
        FAILED,
        SKIPPED
    }

    /** A claimed delivery with what its channel needs to send it. */
    record Due(
            long id,
            long workspaceId,
            long notificationId,
            Channel channel,
            String target,
            @Nullable Long webhookId,
            int attempts,
            String kind,
            String title,
            String body,
            @Nullable String link,
            @Nullable Long opportunityId,
            long recipientId,
            String recipientName) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    Deliveries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void enqueue(
            long workspaceId,
            long notificationId,
            Channel channel,
            String target,
            @Nullable Long webhookId,
            Status status,
            @Nullable String note) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql(
                        "INSERT INTO notification_delivery (workspace_id, notification_id, channel, target, webhook_id, status,"
                                + " attempts, due_at, last_error, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)")
                .params(workspaceId, notificationId, channel.name(), target, webhookId, status.name(), now, note, now)
                .update();
    }

    /**
     * Claims up to {@code limit} due deliveries for {@code claimant} until {@code until} and answers them.
     * One statement claims them: of two senders claiming at once, each row goes to exactly one.
     */
    List<Due> claim(String claimant, Instant now, Instant until, int limit) {
        String claimable = " status = 'PENDING' AND due_at <= :now AND (claimed_until IS NULL OR claimed_until < :now)";
        jdbc.sql("UPDATE notification_delivery SET claimed_by = :me, claimed_until = :until WHERE" + claimable
                        + " AND id IN (SELECT id FROM notification_delivery WHERE" + claimable
                        + " ORDER BY due_at, id LIMIT :limit)")
                .param("me", claimant)
                .param("until", Timestamp.from(until))
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .update();
        return jdbc.sql("SELECT d.id, d.workspace_id, d.notification_id, d.channel, d.target, d.webhook_id, d.attempts,"
                        + " n.kind, n.title, n.body, n.link, n.opportunity_id, n.recipient_id, u.name AS recipient_name"
                        + " FROM notification_delivery d JOIN notification n ON n.id = d.notification_id"
                        + " JOIN app_user u ON u.id = n.recipient_id"
                        + " WHERE d.claimed_by = :me AND d.status = 'PENDING' ORDER BY d.due_at, d.id")
                .param("me", claimant)
                .query((rs, n) -> {
                    long webhook = rs.getLong("webhook_id");
                    Long webhookId = rs.wasNull() ? null : webhook;
                    long deal = rs.getLong("opportunity_id");
                    Long dealId = rs.wasNull() ? null : deal;
                    return new Due(
                            rs.getLong("id"),
                            rs.getLong("workspace_id"),
                            rs.getLong("notification_id"),
                            Channel.valueOf(rs.getString("channel")),
                            rs.getString("target"),
                            webhookId,
                            rs.getInt("attempts"),
                            rs.getString("kind"),
                            rs.getString("title"),
                            rs.getString("body"),
                            rs.getString("link"),
                            dealId,
                            rs.getLong("recipient_id"),
                            rs.getString("recipient_name"));
                })
                .list();
    }

    /** Records a successful send by the claimant that holds the row. */
    void sent(Due due, String claimant, Instant at) {
        jdbc.sql("UPDATE notification_delivery SET status = 'SENT', attempts = attempts + 1, sent_at = ?,"
                        + " last_error = NULL, claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?")
                .params(Timestamp.from(at), due.id(), claimant)
                .update();
    }

    /** Records a failed attempt: due again at {@code retryAt}, or given up when that is null. */
    void failed(Due due, String claimant, String error, @Nullable Instant retryAt) {
        jdbc.sql("UPDATE notification_delivery SET status = ?, attempts = attempts + 1, due_at = COALESCE(?, due_at),"
                        + " last_error = ?, claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?")
                .params(
                        retryAt == null ? Status.FAILED.name() : Status.PENDING.name(),
                        retryAt == null ? null : Timestamp.from(retryAt),
                        Inbox.cut(error == null ? "unknown error" : error, 500),
                        due.id(),
                        claimant)
                .update();
    }
}
