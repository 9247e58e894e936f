package io.closewright.notify;

import io.closewright.identity.Viewer;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.NoticeRaised;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored notifications: one row per recipient and occurrence ({@code dedupKey}), whether or not it
 * shows in the inbox, read back only by its recipient (anyone else gets 404), unread first.
 */
@Component
class Inbox {

    private static final String COLUMNS =
            "SELECT id, kind, title, body, link, opportunity_id, created_at, read_at FROM notification";
    private static final String MINE = " WHERE recipient_id = :me AND workspace_id = :ws AND in_inbox = TRUE";

    private final JdbcClient jdbc;
    private final Clock clock;

    Inbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores a notice and answers its id, or empty when this occurrence was stored before. */
    Optional<Long> store(NoticeRaised notice, boolean inInbox) {
        String key = notice.dedupKey() == null || notice.dedupKey().isBlank()
                ? "once:" + UUID.randomUUID()
                : cut(notice.dedupKey(), 200);
        int inserted = jdbc.sql("INSERT INTO notification (workspace_id, recipient_id, kind, title, body, link,"
                        + " opportunity_id, dedup_key, in_inbox, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(
                        notice.workspaceId(),
                        notice.recipientId(),
                        cut(notice.kind(), 40),
                        cut(notice.title() == null || notice.title().isBlank() ? "Notice" : notice.title(), 300),
                        cut(notice.body() == null ? "" : notice.body(), 4000),
                        notice.link() == null || !notice.link().startsWith("/") ? null : cut(notice.link(), 500),
                        notice.opportunityId(),
                        key,
                        inInbox,
                        Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("SELECT id FROM notification WHERE recipient_id = ? AND dedup_key = ?")
                .params(notice.recipientId(), key)
                .query(Long.class)
                .single());
    }

    /** The viewer's inbox, unread first, newest first within each. */
    Paged<NotificationView> page(Viewer viewer, boolean unreadOnly, PageSlice slice) {
        String filter = MINE + (unreadOnly ? " AND read_at IS NULL" : "");
        List<NotificationView> items = jdbc.sql(COLUMNS + filter
                        + " ORDER BY CASE WHEN read_at IS NULL THEN 0 ELSE 1 END, created_at DESC, id DESC"
                        + " LIMIT :size OFFSET :offset")
                .param("me", viewer.userId())
                .param("ws", viewer.workspaceId())
                .param("size", slice.size())
                .param("offset", slice.offset())
                .query((rs, n) -> view(rs, List.of()))
                .list();
        long total = jdbc.sql("SELECT COUNT(*) FROM notification" + filter)
                .param("me", viewer.userId())
                .param("ws", viewer.workspaceId())
                .query(Long.class)
                .single();
        return Paged.of(withDeliveries(items), slice, total);
    }

    /** One entry of the viewer's inbox. */
    NotificationView one(Viewer viewer, long id) {
        List<NotificationView> found = jdbc.sql(COLUMNS + MINE + " AND id = :id")
                .param("me", viewer.userId())
                .param("ws", viewer.workspaceId())
                .param("id", id)
                .query((rs, n) -> view(rs, List.of()))
                .list();
        if (found.isEmpty()) {
            throw new NotFoundException("Notification", id);
        }
        return withDeliveries(found).get(0);
    }

    long unread(Viewer viewer) {
        return jdbc.sql("SELECT COUNT(*) FROM notification" + MINE + " AND read_at IS NULL")
                .param("me", viewer.userId())
                .param("ws", viewer.workspaceId())
                .query(Long.class)
                .single();
    }

    /** Marks one entry read (again: no change); 404 for an id that is not the viewer's. */
    NotificationView markRead(Viewer viewer, long id) {
        one(viewer, id);
        jdbc.sql("UPDATE notification SET read_at = :now" + MINE + " AND id = :id AND read_at IS NULL")
                .param("now", Timestamp.from(clock.instant()))
                .param("me", viewer.userId())
                .param("ws", viewer.workspaceId())
                .param("id", id)
                .update();
        return one(viewer, id);
    }

    /** Marks every unread entry of the viewer read and answers how many. */
    int markAllRead(Viewer viewer) {
        return jdbc.sql("UPDATE notification SET read_at = :now" + MINE + " AND read_at IS NULL")
                .param("now", Timestamp.from(clock.instant()))
                .param("me", viewer.userId())
                .param("ws", viewer.workspaceId())
                .update();
    }

    private List<NotificationView> withDeliveries(List<NotificationView> items) {
        if (items.isEmpty()) {
            return items;
        }
        Map<Long, List<DeliveryView>> byNotification = jdbc
                .sql("SELECT notification_id, channel, status, attempts, sent_at, last_error FROM notification_delivery"
                        + " WHERE notification_id IN (:ids) ORDER BY id")
                .param("ids", items.stream().map(NotificationView::id).toList())
                .query((rs, n) -> Map.entry(
                        rs.getLong("notification_id"),
                        new DeliveryView(
                                rs.getString("channel"),
                                rs.getString("status"),
                                rs.getInt("attempts"),
                                instant(rs.getTimestamp("sent_at")),
                                rs.getString("last_error"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return items.stream()
                .map(i -> withDeliveries(i, byNotification.getOrDefault(i.id(), List.of())))
                .toList();
    }

    private static NotificationView withDeliveries(NotificationView i, List<DeliveryView> deliveries) {
        return new NotificationView(
                i.id(),
                i.kind(),
                i.kindLabel(),
                i.title(),
                i.body(),
                i.link(),
                i.opportunityId(),
                i.createdAt(),
                i.read(),
                i.readAt(),
                deliveries);
    }

    private static NotificationView view(ResultSet rs, List<DeliveryView> deliveries) throws SQLException {
        Instant readAt = instant(rs.getTimestamp("read_at"));
        long deal = rs.getLong("opportunity_id");
        Long dealId = rs.wasNull() ? null : deal;
        return new NotificationView(
                rs.getLong("id"),
                rs.getString("kind"),
                NoticeKinds.label(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("body"),
                rs.getString("link"),
                dealId,
                instant(rs.getTimestamp("created_at")),
                readAt != null,
                readAt,
                deliveries);
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
