package io.closewright.opportunity;

import io.closewright.identity.IdentityManagement;
import io.closewright.identity.Viewer;
import io.closewright.identity.Visibility;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import io.closewright.shared.SqlLike;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read models of deals; the visibility rule is part of every statement. */
@Component
class OpportunityQueries {

    /**
     * The joins repeat the workspace (a deal's account, owner and stage are always in its workspace), so
     * that PostgreSQL can walk the account and owner name indexes for those sorts.
     */
    private static final String FROM = " FROM opportunity o"
            + " JOIN account a ON a.id = o.account_id AND a.workspace_id = o.workspace_id"
            + " JOIN app_user u ON u.id = o.owner_id AND u.workspace_id = o.workspace_id"
            + " JOIN stage s ON s.workspace_id = o.workspace_id AND s.stage_key = o.stage_key"
            + " WHERE o.workspace_id = :ws AND " + Visibility.visibleOwner("o.owner_id");

    /**
     * The rows a count needs: every deal has its account, owner and stage, so only a text query (which
     * reads the account's name) joins anything.
     */
    private static final String VISIBLE = " WHERE o.workspace_id = :ws AND " + Visibility.visibleOwner("o.owner_id");

    private static final String COUNT_FROM = " FROM opportunity o" + VISIBLE;

    private static final String COUNT_FROM_WITH_ACCOUNT = " FROM opportunity o JOIN account a ON a.id = o.account_id"
            + " WHERE o.workspace_id = :ws AND " + Visibility.visibleOwner("o.owner_id");

    /**
     * How many rows past the start of the page the deal list counts: beyond that the total is a lower
     * bound ({@link Paged#atLeast}), because an exact count of 100,000 deals costs more than the page.
     */
    static final int COUNT_AHEAD = 1_000;

    private static final String COLUMNS =
            "SELECT o.*, a.name AS account_name, u.name AS owner_name, s.name AS stage_name, s.probability,"
                    + " s.stale_days";

    /**
     * The same columns as {@link #COLUMNS} over {@link #COUNT_FROM}, the names read by scalar subqueries
     * instead of joins: PostgreSQL then plans two relations instead of five, which took it 3 to 20 ms per
     * statement (more than running it) at 100,000 deals. Only sorts and text queries on the names need
     * the joins ({@link #needsJoins}).
     */
    private static final String LEAN_COLUMNS = "SELECT o.*,"
            + " (SELECT a.name FROM account a WHERE a.id = o.account_id) AS account_name,"
            + " (SELECT u.name FROM app_user u WHERE u.id = o.owner_id) AS owner_name,"
            + " (SELECT s.name FROM stage s WHERE s.workspace_id = o.workspace_id AND s.stage_key = o.stage_key)"
            + " AS stage_name,"
            + " (SELECT s.probability FROM stage s WHERE s.workspace_id = o.workspace_id"
            + " AND s.stage_key = o.stage_key) AS probability,"
            + " (SELECT s.stale_days FROM stage s WHERE s.workspace_id = o.workspace_id"
            + " AND s.stage_key = o.stage_key) AS stale_days";

    private static final String LEAN = LEAN_COLUMNS + COUNT_FROM;

    private static final String JOINED = COLUMNS + FROM;

    /** Whether the filter sorts or searches by a name that only the joined statement has. */
    private static boolean needsJoins(OpportunityFilter filter) {
        return (filter.query() != null && !filter.query().isBlank())
                || filter.sort() == OpportunitySort.ACCOUNT
                || filter.sort() == OpportunitySort.OWNER
                || filter.sort() == OpportunitySort.STAGE;
    }

    private static String select(OpportunityFilter filter) {
        return needsJoins(filter) ? JOINED : LEAN;
    }

    private final JdbcClient jdbc;
    private final IdentityManagement identity;
    private final Clock clock;
    private final SortIndexWalks walks;

    OpportunityQueries(JdbcClient jdbc, IdentityManagement identity, Clock clock, SortIndexWalks walks) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.clock = clock;
        this.walks = walks;
    }

    Optional<OpportunityView> one(Viewer viewer, long id) {
        return bind(jdbc.sql(LEAN + " AND o.id = :id"), viewer)
                .param("id", id)
                .query(rows(viewer))
                .optional();
    }

    Paged<OpportunityView> list(Viewer viewer, OpportunityFilter filter, PageSlice slice) {
        List<Object[]> params = new ArrayList<>();
        String where = conditions(filter, params);
        long bound = (long) slice.offset() + COUNT_AHEAD;
        String countFrom = filter.query() != null && !filter.query().isBlank() ? COUNT_FROM_WITH_ACCOUNT : COUNT_FROM;
        JdbcClient.StatementSpec count = bind(
                        jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 AS one" + countFrom + where + " LIMIT :bound) c"),
                        viewer)
                .param("bound", bound + 1);
        long counted = withParams(count, params).query(Long.class).single();
        JdbcClient.StatementSpec page = bind(jdbc.sql(page(filter, where)), viewer)
                .param("limit", slice.size())
                .param("offset", slice.offset());
        return Paged.atLeast(withParams(page, params).query(rows(viewer)).list(), slice, counted, bound);
    }

    /** The statement of a page of the list: through the index that serves its order where H2 needs that. */
    private String page(OpportunityFilter filter, String where) {
        return walks.walk(filter)
                        .map(walk ->
                                LEAN_COLUMNS + " FROM opportunity o" + walk.hint() + VISIBLE + where + walk.order())
                        .orElseGet(() -> select(filter) + where + order(filter))
                + " LIMIT :limit OFFSET :offset";
    }

    /**
     * The database's plan ({@code EXPLAIN}) of the statement {@link #list} reads the filter's first page with,
     * for tests that hold the statement to the index it should walk.
     */
    String pagePlan(Viewer viewer, OpportunityFilter filter) {
        List<Object[]> params = new ArrayList<>();
        String where = conditions(filter, params);
        JdbcClient.StatementSpec plan = bind(jdbc.sql("EXPLAIN " + page(filter, where)), viewer)
                .param("limit", 50)
                .param("offset", 0);
        return String.join("\n", withParams(plan, params).query(String.class).list());
    }

    /** The filter's order; ties go by id in the same direction, so one index serves both. */
    private static String order(OpportunityFilter filter) {
        String direction = filter.descending() ? " DESC" : " ASC";
        return " ORDER BY " + filter.sort().column + direction + ", o.id" + direction;
    }

    /** Rows the database hands over per round trip to {@link #each}; the rest stay on the server. */
    static final int EACH_FETCH_SIZE = 500;

    /**
     * Every deal the viewer may see that matches the filter, in the filter's order, one at a time: read
     * {@link #EACH_FETCH_SIZE} rows at a time (on PostgreSQL a server-side cursor, which needs the
     * caller's transaction), never the whole result in memory.
     */
    void each(Viewer viewer, OpportunityFilter filter, java.util.function.Consumer<OpportunityView> action) {
        List<Object[]> params = new ArrayList<>();
        String where = conditions(filter, params);
        RowMapper<OpportunityView> rows = rows(viewer);
        withParams(
                        bind(jdbc.sql(select(filter) + where + order(filter)).withFetchSize(EACH_FETCH_SIZE), viewer),
                        params)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> action.accept(rows.mapRow(rs, 0)));
    }

    /**
     * The sum of amounts of the deals matching the filter, by currency, over at most {@code bound} + 1 of
     * them (with the same count as {@link #list}, joining nothing unless a text query needs the account):
     * exact when no more match, else a lower bound.
     */
    AmountTotals totals(Viewer viewer, OpportunityFilter filter, long bound) {
        List<Object[]> params = new ArrayList<>();
        String where = conditions(filter, params);
        String countFrom = filter.query() != null && !filter.query().isBlank() ? COUNT_FROM_WITH_ACCOUNT : COUNT_FROM;
        JdbcClient.StatementSpec spec = bind(
                        jdbc.sql("SELECT t.currency, SUM(t.amount) AS total, COUNT(*) AS n FROM (SELECT o.currency,"
                                + " o.amount" + countFrom + where + " LIMIT :bound) t"
                                + " GROUP BY t.currency ORDER BY t.currency"),
                        viewer)
                .param("bound", bound + 1);
        java.util.Map<String, BigDecimal> totals = new java.util.LinkedHashMap<>();
        long[] summed = {0};
        withParams(spec, params)
                .query((rs, n) -> {
                    summed[0] += rs.getLong("n");
                    return totals.put(rs.getString("currency"), rs.getBigDecimal("total"));
                })
                .list();
        return new AmountTotals(totals, summed[0] <= bound);
    }

    /**
     * Counts and totals of every deal per open stage (one grouped query), and the first cards of each by
     * close date (one indexed query per stage that has any): at most {@code cards} in all, shared between
     * the columns by {@link BoardShares}.
     */
    List<BoardColumn> board(Viewer viewer, List<StageView> stages, Long ownerId, Long teamOf, int cards) {
        List<Object[]> params = new ArrayList<>();
        String where = conditions(
                new OpportunityFilter(
                        ownerId,
                        teamOf,
                        null,
                        OpportunityStatus.OPEN,
                        null,
                        null,
                        null,
                        null,
                        OpportunitySort.CLOSE_DATE,
                        false),
                params);
        java.util.Map<String, Object[]> sums = new java.util.HashMap<>();
        withParams(
                        bind(
                                jdbc.sql("SELECT o.stage_key, COUNT(*) AS n, COALESCE(SUM(o.amount), 0) AS total"
                                        + COUNT_FROM + where + " GROUP BY o.stage_key"),
                                viewer),
                        params)
                .query((rs, n) ->
                        sums.put(rs.getString("stage_key"), new Object[] {rs.getLong("n"), rs.getBigDecimal("total")}))
                .list();
        List<StageView> open = stages.stream().filter(s -> !s.closed()).toList();
        long[] counts = open.stream()
                .mapToLong(s -> (Long) sums.getOrDefault(s.key(), new Object[] {0L})[0])
                .toArray();
        int[] shares = BoardShares.of(counts, cards);
        List<BoardColumn> columns = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            StageView stage = open.get(i);
            Object[] sum = sums.getOrDefault(stage.key(), new Object[] {0L, BigDecimal.ZERO});
            List<OpportunityView> first =
                    shares[i] == 0 ? List.of() : cards(viewer, stage.key(), ownerId, teamOf, 0, shares[i]);
            columns.add(new BoardColumn(stage, counts[i], (BigDecimal) sum[1], first));
        }
        return columns;
    }

    List<OpportunityView> cards(Viewer viewer, String stage, Long ownerId, Long teamOf, int offset, int limit) {
        List<Object[]> params = new ArrayList<>();
        String where = conditions(
                new OpportunityFilter(
                        ownerId,
                        teamOf,
                        null,
                        OpportunityStatus.OPEN,
                        stage,
                        null,
                        null,
                        null,
                        OpportunitySort.CLOSE_DATE,
                        false),
                params);
        JdbcClient.StatementSpec spec = bind(
                        jdbc.sql(LEAN + where + " ORDER BY o.close_date, o.id LIMIT :limit OFFSET :offset"), viewer)
                .param("limit", limit)
                .param("offset", offset);
        return withParams(spec, params).query(rows(viewer)).list();
    }

    List<HistoryEntry> history(long opportunityId) {
        return jdbc.sql(
                        "SELECT c.*, u.name AS changed_by_name FROM opportunity_change c JOIN app_user u ON u.id = c.changed_by"
                                + " WHERE c.opportunity_id = ? ORDER BY c.changed_at DESC, c.id DESC")
                .param(opportunityId)
                .query((rs, n) -> new HistoryEntry(
                        rs.getString("field"),
                        rs.getString("old_value"),
                        rs.getString("new_value"),
                        rs.getString("reason"),
                        rs.getLong("changed_by"),
                        rs.getString("changed_by_name"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    private static String conditions(OpportunityFilter f, List<Object[]> params) {
        StringBuilder where = new StringBuilder();
        add(where, params, f.ownerId() != null, " AND o.owner_id = :ownerId", "ownerId", f.ownerId());
        add(where, params, f.accountId() != null, " AND o.account_id = :accountId", "accountId", f.accountId());
        add(
                where,
                params,
                f.teamOf() != null,
                " AND o.owner_id IN (SELECT t.user_id FROM user_reach t WHERE t.viewer_id = :teamOf)",
                "teamOf",
                f.teamOf());
        add(
                where,
                params,
                f.status() != null,
                " AND o.status = :status",
                "status",
                f.status() == null ? null : f.status().name());
        add(where, params, f.stage() != null, " AND o.stage_key = :stage", "stage", f.stage());
        add(
                where,
                params,
                f.closingFrom() != null,
                " AND o.close_date >= :closingFrom",
                "closingFrom",
                f.closingFrom());
        add(where, params, f.closingTo() != null, " AND o.close_date <= :closingTo", "closingTo", f.closingTo());
        boolean hasQuery = f.query() != null && !f.query().isBlank();
        add(
                where,
                params,
                hasQuery,
                " AND (LOWER(o.name) LIKE :q" + SqlLike.ESCAPE + " OR LOWER(a.name) LIKE :q" + SqlLike.ESCAPE + ")",
                "q",
                hasQuery ? SqlLike.contains(f.query()) : null);
        return where.toString();
    }

    private static void add(
            StringBuilder where, List<Object[]> params, boolean when, String sql, String name, Object value) {
        if (when) {
            where.append(sql);
            params.add(new Object[] {name, value});
        }
    }

    private static JdbcClient.StatementSpec withParams(JdbcClient.StatementSpec spec, List<Object[]> params) {
        for (Object[] p : params) {
            spec = spec.param((String) p[0], p[1]);
        }
        return spec;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Viewer viewer) {
        return spec.param("ws", viewer.workspaceId()).param("viewerId", viewer.userId());
    }

    /** Maps rows to views as of now, so that last activity and the stale flag are current. */
    private RowMapper<OpportunityView> rows(Viewer viewer) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(
                now, ZoneId.of(identity.workspace(viewer.workspaceId()).timeZone()));
        return (rs, n) -> view(rs, now, today);
    }

    private static OpportunityView view(ResultSet rs, Instant now, LocalDate today) throws SQLException {
        OpportunityStatus status = OpportunityStatus.valueOf(rs.getString("status"));
        Instant createdAt = instant(rs.getTimestamp("created_at"));
        StalePolicy.DealActivity activity = StalePolicy.DealActivity.asOf(
                instant(rs.getTimestamp("last_activity_at")), instant(rs.getTimestamp("next_activity_at")), now);
        boolean stale = StalePolicy.isStale(
                status,
                rs.getInt("stale_days"),
                activity,
                createdAt,
                rs.getObject("next_step_due_on", LocalDate.class),
                now,
                today);
        return new OpportunityView(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getLong("account_id"),
                rs.getString("account_name"),
                rs.getLong("owner_id"),
                rs.getString("owner_name"),
                rs.getBigDecimal("amount"),
                rs.getString("currency"),
                rs.getString("stage_key"),
                rs.getString("stage_name"),
                rs.getInt("probability"),
                rs.getObject("close_date", java.time.LocalDate.class),
                ForecastCategory.valueOf(rs.getString("forecast_category")),
                status,
                rs.getInt("close_date_pushes"),
                rs.getObject("closed_on", java.time.LocalDate.class),
                rs.getString("close_reason"),
                rs.getLong("version"),
                createdAt,
                instant(rs.getTimestamp("updated_at")),
                activity.last(),
                activity.next(),
                stale);
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
