package io.closewright.activity;

import io.closewright.account.AccountVisibility;
import io.closewright.identity.Viewer;
import io.closewright.identity.Visibility;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.SqlLike;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
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
    private static final String ESCAPE = SqlLike.ESCAPE;

    private final JdbcClient jdbc;
    private final ActivitySettings settings;
    private final AccountVisibility accounts;

    Search(JdbcClient jdbc, ActivitySettings settings, AccountVisibility accounts) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.accounts = accounts;
    }

    SearchResults find(Viewer viewer, String query) {
        String q = query == null ? "" : query.strip();
        if (q.length() < MIN_LENGTH || q.length() > MAX_LENGTH) {
            throw new RuleViolationException(
                    "q", "type " + MIN_LENGTH + " to " + MAX_LENGTH + " characters of a name, email or domain");
        }
        String escaped = SqlLike.escaped(q);
        return new SearchResults(
                q,
                deals(viewer, "%" + escaped + "%", escaped + "%"),
                accounts(viewer, "%" + escaped + "%", escaped + "%"),
                contacts(viewer, "%" + escaped + "%", escaped + "%"));
    }

    private List<SearchResults.DealHit> deals(Viewer viewer, String like, String prefix) {
        return ranked(
                viewer,
                "SELECT o.id, o.name, a.name AS account_name, s.name AS stage_name, o.status, o.amount, o.currency"
                        + " FROM opportunity o JOIN account a ON a.id = o.account_id"
                        + " JOIN stage s ON s.workspace_id = o.workspace_id AND s.stage_key = o.stage_key"
                        + " WHERE o.workspace_id = :ws AND " + Visibility.visibleOwner("o.owner_id"),
                "LOWER(o.name) LIKE %s",
                "CASE WHEN o.status = 'OPEN' THEN 0 ELSE 1 END, LOWER(o.name), o.id",
                like,
                prefix,
                (rs, n) -> new SearchResults.DealHit(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("account_name"),
                        rs.getString("stage_name"),
                        rs.getString("status"),
                        rs.getBigDecimal("amount"),
                        rs.getString("currency")),
                SearchResults.DealHit::id,
                SearchResults.DealHit::name);
    }

    private List<SearchResults.AccountHit> accounts(Viewer viewer, String like, String prefix) {
        return ranked(
                viewer,
                "SELECT a.id, a.name, a.domain FROM account a WHERE " + accounts.visibleAccount("a"),
                "LOWER(a.name) LIKE %s OR LOWER(a.domain) LIKE %s",
                "LOWER(a.name), a.id",
                like,
                prefix,
                (rs, n) -> new SearchResults.AccountHit(rs.getLong("id"), rs.getString("name"), rs.getString("domain")),
                SearchResults.AccountHit::id,
                SearchResults.AccountHit::name);
    }

    private List<SearchResults.ContactHit> contacts(Viewer viewer, String like, String prefix) {
        return ranked(
                viewer,
                "SELECT c.id, c.name, c.email, a.name AS account_name FROM contact c"
                        + " JOIN account a ON a.id = c.account_id WHERE c.workspace_id = :ws AND "
                        + accounts.visibleAccount("a"),
                "LOWER(c.name) LIKE %s OR LOWER(c.email) LIKE %s",
                "LOWER(c.name), c.id",
                like,
                prefix,
                (rs, n) -> new SearchResults.ContactHit(
                        rs.getLong("id"), rs.getString("name"), rs.getString("email"), rs.getString("account_name")),
                SearchResults.ContactHit::id,
                SearchResults.ContactHit::name);
    }

    /**
     * Hits in two rounds so that a common fragment never makes the database rank every match: first the
     * matches at the start, in {@code order}; then, if there is room, any other matches, taken as the
     * index finds them (no ORDER BY, so the scan stops early) and sorted by name here.
     */
    private <T> List<T> ranked(
            Viewer viewer,
            String select,
            String match,
            String order,
            String like,
            String prefix,
            RowMapper<T> mapper,
            ToLongFunction<T> id,
            Function<T, String> name) {
        int limit = settings.searchHitsPerKind();
        List<T> hits = new ArrayList<>(bind(
                        jdbc.sql(select + " AND (" + match.replace("%s", ":prefix" + ESCAPE) + ") ORDER BY " + order
                                + " LIMIT :limit"),
                        viewer,
                        like,
                        prefix,
                        limit)
                .query(mapper)
                .list());
        if (hits.size() < limit) {
            Set<Long> seen = hits.stream().map(id::applyAsLong).collect(Collectors.toSet());
            List<T> more = bind(
                            jdbc.sql(select + " AND (" + match.replace("%s", ":like" + ESCAPE) + ") LIMIT :limit"),
                            viewer,
                            like,
                            prefix,
                            limit + hits.size())
                    .query(mapper)
                    .list()
                    .stream()
                    .filter(hit -> !seen.contains(id.applyAsLong(hit)))
                    .sorted(Comparator.comparing(hit -> name.apply(hit).toLowerCase(Locale.ROOT)))
                    .limit(limit - hits.size())
                    .toList();
            hits.addAll(more);
        }
        return hits;
    }

    private JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec spec, Viewer viewer, String like, String prefix, int limit) {
        return spec.param("ws", viewer.workspaceId())
                .param("viewerId", viewer.userId())
                .param("like", like)
                .param("prefix", prefix)
                .param("limit", limit);
    }
}
