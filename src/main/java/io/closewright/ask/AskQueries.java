package io.closewright.ask;

import io.closewright.identity.Viewer;
import io.closewright.identity.Visibility;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read models of asks; the visibility rule is part of the statement. */
@Component
class AskQueries {

    private static final String OPEN_ASKS =
            " FROM ask k JOIN opportunity o ON o.id = k.opportunity_id JOIN contact c ON c.id = k.contact_id"
                    + " WHERE k.workspace_id = :ws AND k.status = 'OPEN' AND o.status = 'OPEN' AND "
                    + Visibility.visibleOwner("o.owner_id");

    private final JdbcClient jdbc;

    AskQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Paged<OpenAsk> open(Viewer viewer, LocalDate today, PageSlice slice) {
        long total = jdbc.sql("SELECT COUNT(*)" + OPEN_ASKS)
                .param("ws", viewer.workspaceId())
                .param("viewerId", viewer.userId())
                .query(Long.class)
                .single();
        List<OpenAsk> items = jdbc.sql(
                        "SELECT k.id, k.opportunity_id, o.name AS deal, c.name AS contact, k.action, k.outcome, k.due_date"
                                + OPEN_ASKS + " ORDER BY k.due_date, k.id LIMIT :limit OFFSET :offset")
                .param("ws", viewer.workspaceId())
                .param("viewerId", viewer.userId())
                .param("limit", slice.size())
                .param("offset", slice.offset())
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    return new OpenAsk(
                            rs.getLong("id"),
                            rs.getLong("opportunity_id"),
                            rs.getString("deal"),
                            rs.getString("contact"),
                            new AskText(rs.getString("action"), rs.getString("outcome")).sentence(),
                            due,
                            due.isBefore(today));
                })
                .list();
        return Paged.of(items, slice, total);
    }

    /** The deal's name, account and owner for its buyer page, read without a viewer. */
    java.util.Optional<SharedHeader> header(long opportunityId) {
        return jdbc.sql("SELECT o.name, o.account_id, a.name AS account, o.owner_id, u.name AS owner, u.email, o.status"
                        + " FROM opportunity o JOIN account a ON a.id = o.account_id JOIN app_user u ON u.id = o.owner_id"
                        + " WHERE o.id = ?")
                .param(opportunityId)
                .query((rs, n) -> new SharedHeader(
                        rs.getString("name"),
                        rs.getLong("account_id"),
                        rs.getString("account"),
                        rs.getLong("owner_id"),
                        rs.getString("owner"),
                        rs.getString("email"),
                        rs.getString("status")))
                .optional();
    }

    Map<Long, String> contactNames(long accountId) {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT id, name FROM contact WHERE account_id = ?")
                .param(accountId)
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
                .list();
        return names;
    }
}
