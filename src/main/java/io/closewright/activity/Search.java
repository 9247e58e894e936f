package io.closewright.activity;

import io.closewright.account.AccountVisibility;
import io.closewright.identity.Viewer;
import io.closewright.identity.Visibility;
import io.closewright.shared.RuleViolationException;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The search box: deals by name, accounts by name or domain, contacts by name or email, matching any
 * part of them, case-insensitively, each kind capped. Matches at the start come first. Only what the
 * viewer may see is searched: the visibility rule is part of each statement. {@code LOWER(column) LIKE}
 * is what the trigram indexes on PostgreSQL serve (see {@code db/vendor/postgresql}).
 */
@Component
class Search {

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 100;
    private static final String ESCAPE = " ESCAPE '\\'";

    private final JdbcClient jdbc;
    private final ActivitySettings settings;

    Search(JdbcClient jdbc, ActivitySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    SearchResults find(Viewer viewer, String query) {
        String q = query == null ? "" : query.strip();
        if (q.length() < MIN_LENGTH || q.length() > MAX_LENGTH) {
            throw new RuleViolationException(
                    "q", "type " + MIN_LENGTH + " to " + MAX_LENGTH + " characters of a name, email or domain");
        }
        String escaped = q.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return new SearchResults(
                q,
                deals(viewer, "%" + escaped + "%", escaped + "%"),
                accounts(viewer, "%" + escaped + "%", escaped + "%"),
                contacts(viewer, "%" + escaped + "%", escaped + "%"));
    }

    private List<SearchResults.DealHit> deals(Viewer viewer, String like, String prefix) {
        return bind(
                        jdbc.sql(
                                "SELECT o.id, o.name, a.name AS account_name, s.name AS stage_name, o.status, o.amount,"
                                        + " o.currency FROM opportunity o JOIN account a ON a.id = o.account_id"
                                        + " JOIN stage s ON s.workspace_id = o.workspace_id AND s.stage_key = o.stage_key"
                                        + " WHERE o.workspace_id = :ws AND " + Visibility.visibleOwner("o.owner_id")
                                        + " AND LOWER(o.name) LIKE :like" + ESCAPE
                                        + " ORDER BY CASE WHEN LOWER(o.name) LIKE :prefix" + ESCAPE
                                        + " THEN 0 ELSE 1 END,"
                                        + " CASE WHEN o.status = 'OPEN' THEN 0 ELSE 1 END, LOWER(o.name), o.id LIMIT :limit"),
                        viewer,
                        like,
                        prefix)
                .query((rs, n) -> new SearchResults.DealHit(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("account_name"),
                        rs.getString("stage_name"),
                        rs.getString("status"),
                        rs.getBigDecimal("amount"),
                        rs.getString("currency")))
                .list();
    }

    private List<SearchResults.AccountHit> accounts(Viewer viewer, String like, String prefix) {
        return bind(
                        jdbc.sql("SELECT a.id, a.name, a.domain FROM account a WHERE "
                                + AccountVisibility.visibleAccount("a")
                                + " AND (LOWER(a.name) LIKE :like" + ESCAPE + " OR LOWER(a.domain) LIKE :like" + ESCAPE
                                + ") ORDER BY CASE WHEN LOWER(a.name) LIKE :prefix" + ESCAPE + " THEN 0 ELSE 1 END,"
                                + " LOWER(a.name), a.id LIMIT :limit"),
                        viewer,
                        like,
                        prefix)
                .query((rs, n) ->
                        new SearchResults.AccountHit(rs.getLong("id"), rs.getString("name"), rs.getString("domain")))
                .list();
    }

    private List<SearchResults.ContactHit> contacts(Viewer viewer, String like, String prefix) {
        return bind(
                        jdbc.sql("SELECT c.id, c.name, c.email, a.name AS account_name FROM contact c"
                                + " JOIN account a ON a.id = c.account_id WHERE c.workspace_id = :ws AND "
                                + AccountVisibility.visibleAccount("a")
                                + " AND (LOWER(c.name) LIKE :like" + ESCAPE + " OR LOWER(c.email) LIKE :like" + ESCAPE
                                + ") ORDER BY CASE WHEN LOWER(c.name) LIKE :prefix" + ESCAPE + " THEN 0 ELSE 1 END,"
                                + " LOWER(c.name), c.id LIMIT :limit"),
                        viewer,
                        like,
                        prefix)
                .query((rs, n) -> new SearchResults.ContactHit(
                        rs.getLong("id"), rs.getString("name"), rs.getString("email"), rs.getString("account_name")))
                .list();
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Viewer viewer, String like, String prefix) {
        return spec.param("ws", viewer.workspaceId())
                .param("viewerId", viewer.userId())
                .param("like", like)
                .param("prefix", prefix)
                .param("limit", settings.searchHitsPerKind());
    }
}
