package io.closewright.activity;

import io.closewright.account.AccountVisibility;
import io.closewright.identity.Viewer;
import io.closewright.identity.Visibility;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads activities as the viewer may see them: one on a deal when the deal is visible, one on an account
 * alone when the account is. The rule is part of every statement, so pages and totals are right.
 */
@Component
class ActivityQueries {

    private static final String SELECT =
            "SELECT x.*, u.name AS author_name, (SELECT o.name FROM opportunity o WHERE o.id = x.opportunity_id)"
                    + " AS deal_name FROM activity x JOIN app_user u ON u.id = x.author_id";
    private static final String NEWEST_FIRST = " ORDER BY x.occurred_at DESC, x.id DESC";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String visible;

    ActivityQueries(JdbcClient jdbc, Clock clock, AccountVisibility accounts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.visible = "x.workspace_id = :ws AND ((x.opportunity_id IS NOT NULL AND EXISTS (SELECT 1"
                + " FROM opportunity vd WHERE vd.id = x.opportunity_id AND " + Visibility.visibleOwner("vd.owner_id")
                + ")) OR (x.opportunity_id IS NULL AND EXISTS (SELECT 1 FROM account va WHERE va.id = x.account_id AND "
                + accounts.visibleAccount("va") + ")))";
    }

    Paged<ActivityView> ofDeal(Viewer viewer, long dealId, PageSlice slice) {
        String where = " WHERE " + visible + " AND x.opportunity_id = :deal";
        long total = bind(jdbc.sql("SELECT COUNT(*) FROM activity x" + where), viewer)
                .param("deal", dealId)
                .query(Long.class)
                .single();
        List<ActivityView> items =
                list(bind(jdbc.sql(SELECT + where + NEWEST_FIRST + " LIMIT :limit OFFSET :offset"), viewer)
                        .param("deal", dealId)
                        .param("limit", slice.size())
                        .param("offset", slice.offset()));
        return Paged.of(items, slice, total);
    }

    /** The latest activities on an account: its own and those on deals of it the viewer may see. */
    List<ActivityView> ofAccount(Viewer viewer, long accountId, int limit) {
        return list(bind(
                        jdbc.sql(SELECT + " WHERE " + visible + " AND x.account_id = :account" + NEWEST_FIRST
                                + " LIMIT :limit"),
                        viewer)
                .param("account", accountId)
                .param("limit", limit));
    }

    /** The latest activities a contact took part in. */
    List<ActivityView> ofContact(Viewer viewer, long contactId, int limit) {
        return list(bind(
                        jdbc.sql(SELECT + " WHERE " + visible + " AND EXISTS (SELECT 1 FROM activity_contact ac"
                                + " WHERE ac.activity_id = x.id AND ac.contact_id = :contact)" + NEWEST_FIRST
                                + " LIMIT :limit"),
                        viewer)
                .param("contact", contactId)
                .param("limit", limit));
    }

    Optional<ActivityView> one(Viewer viewer, long id) {
        return list(bind(jdbc.sql(SELECT + " WHERE " + visible + " AND x.id = :id"), viewer)
                        .param("id", id))
                .stream()
                .findFirst();
    }

    /** The activities with these ids that the viewer may see, by id. */
    Map<Long, ActivityView> byIds(Viewer viewer, Collection<Long> ids) {
        Map<Long, ActivityView> found = new HashMap<>();
        if (!ids.isEmpty()) {
            list(bind(jdbc.sql(SELECT + " WHERE " + visible + " AND x.id IN (:ids)"), viewer)
                            .param("ids", List.copyOf(ids)))
                    .forEach(a -> found.put(a.id(), a));
        }
        return found;
    }

    private List<ActivityView> list(JdbcClient.StatementSpec spec) {
        Instant now = clock.instant();
        List<Row> rows = spec.query((rs, n) -> row(rs)).list();
        Map<Long, List<ActivityView.Participant>> people =
                participants(rows.stream().map(Row::id).toList());
        return rows.stream()
                .map(r -> r.view(people.getOrDefault(r.id(), List.of()), now))
                .toList();
    }

    private Map<Long, List<ActivityView.Participant>> participants(List<Long> activityIds) {
        Map<Long, List<ActivityView.Participant>> byActivity = new HashMap<>();
        if (activityIds.isEmpty()) {
            return byActivity;
        }
        jdbc.sql("SELECT ac.activity_id, c.id, c.name FROM activity_contact ac JOIN contact c ON c.id = ac.contact_id"
                        + " WHERE ac.activity_id IN (:ids) ORDER BY LOWER(c.name), c.id")
                .param("ids", activityIds)
                .query((rs, n) -> byActivity
                        .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new ActivityView.Participant(rs.getLong(2), rs.getString(3))))
                .list();
        return byActivity;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Viewer viewer) {
        return spec.param("ws", viewer.workspaceId()).param("viewerId", viewer.userId());
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getLong("id"),
                (Long) rs.getObject("opportunity_id", Long.class),
                rs.getString("deal_name"),
                rs.getLong("account_id"),
                ActivityType.valueOf(rs.getString("activity_type")),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getString("outcome"),
                instant(rs.getTimestamp("occurred_at")),
                rs.getObject("duration_minutes", Integer.class),
                rs.getLong("author_id"),
                rs.getString("author_name"),
                rs.getLong("version"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("edited_at")));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    private record Row(
            long id,
            Long opportunityId,
            String opportunityName,
            long accountId,
            ActivityType type,
            String subject,
            String body,
            String outcome,
            Instant occurredAt,
            Integer durationMinutes,
            long authorId,
            String authorName,
            long version,
            Instant createdAt,
            Instant editedAt) {

        ActivityView view(List<ActivityView.Participant> people, Instant now) {
            return new ActivityView(
                    id,
                    opportunityId,
                    opportunityName,
                    accountId,
                    type,
                    subject,
                    body,
                    outcome,
                    occurredAt,
                    durationMinutes,
                    people,
                    authorId,
                    authorName,
                    version,
                    createdAt,
                    editedAt,
                    occurredAt.isAfter(now));
        }
    }
}
