package io.closewright.account;

import io.closewright.identity.Viewer;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import io.closewright.shared.SqlLike;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads accounts as the viewer may see them: those owned by someone they reach, and those on which
 * they can see a deal. The rule is part of every statement, so counts and pages are right.
 */
@Component
class AccountQueries {

    private final JdbcClient jdbc;
    private final String visible;
    private final String columns;

    AccountQueries(JdbcClient jdbc, AccountVisibility visibility) {
        this.jdbc = jdbc;
        this.visible = visibility.visibleAccount("a");
        this.columns = "a.id, a.name, a.domain, a.industry, a.owner_id, u.name AS owner_name, a.version, "
                + visibility.openDeals("a") + " AS open_deals,"
                + " (SELECT COUNT(*) FROM contact c WHERE c.account_id = a.id) AS contacts"
                + " FROM account a JOIN app_user u ON u.id = a.owner_id";
    }

    Paged<AccountView> list(Viewer viewer, String query, PageSlice slice) {
        String filter = query == null || query.isBlank()
                ? ""
                : " AND (LOWER(a.name) LIKE :q" + SqlLike.ESCAPE + " OR a.domain LIKE :q" + SqlLike.ESCAPE + ")";
        String like = query == null ? "" : SqlLike.contains(query);
        long total = bind(jdbc.sql("SELECT COUNT(*) FROM account a WHERE " + visible + filter), viewer)
                .param("q", like)
                .query(Long.class)
                .single();
        List<AccountView> items = bind(
                        jdbc.sql("SELECT " + columns + " WHERE " + visible + filter
                                + " ORDER BY LOWER(a.name), a.id LIMIT :limit OFFSET :offset"),
                        viewer)
                .param("q", like)
                .param("limit", slice.size())
                .param("offset", slice.offset())
                .query(AccountQueries::view)
                .list();
        return Paged.of(items, slice, total);
    }

    Optional<AccountView> one(Viewer viewer, long id) {
        return bind(jdbc.sql("SELECT " + columns + " WHERE a.id = :id AND " + visible), viewer)
                .param("id", id)
                .query(AccountQueries::view)
                .optional();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Viewer viewer) {
        return spec.param("ws", viewer.workspaceId()).param("viewerId", viewer.userId());
    }

    private static AccountView view(ResultSet rs, int row) throws SQLException {
        return new AccountView(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("domain"),
                rs.getString("industry"),
                rs.getLong("owner_id"),
                rs.getString("owner_name"),
                rs.getLong("version"),
                rs.getInt("open_deals"),
                rs.getInt("contacts"));
    }
}
