package io.closewright.risk;

import io.closewright.identity.Viewer;
import io.closewright.identity.Visibility;
import io.closewright.opportunity.ForecastCategory;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of the risk read model; the visibility rule is part of every statement. */
@Component
class RiskQueries {

    private static final String FROM = " FROM deal_risk r JOIN opportunity o ON o.id = r.opportunity_id"
            + " JOIN account a ON a.id = o.account_id JOIN app_user u ON u.id = o.owner_id"
            + " WHERE r.workspace_id = :ws AND o.status = 'OPEN' AND " + Visibility.visibleOwner("o.owner_id");

    private final JdbcClient jdbc;

    RiskQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Paged<TeamRisk> list(Viewer viewer, RiskFilter filter, PageSlice slice) {
        String where = FROM + conditions(filter);
        long total = bind(jdbc.sql("SELECT COUNT(*)" + where), viewer, filter)
                .query(Long.class)
                .single();
        List<TeamRisk> items = bind(
                        jdbc.sql("SELECT r.*, o.name, a.name AS account_name, o.owner_id, u.name AS owner_name,"
                                + " o.amount, o.currency, o.close_date, o.forecast_category" + where
                                + " ORDER BY r.level_rank DESC, o.amount DESC, o.id LIMIT :limit OFFSET :offset"),
                        viewer,
                        filter)
                .param("limit", slice.size())
                .param("offset", slice.offset())
                .query((rs, n) -> row(rs))
                .list();
        return Paged.of(items, slice, total);
    }

    List<RiskTotal> totals(Viewer viewer, RiskFilter filter) {
        return bind(
                        jdbc.sql("SELECT r.risk_level, o.currency, COUNT(*) AS deals, SUM(o.amount) AS amount" + FROM
                                + conditions(filter) + " GROUP BY r.risk_level, o.currency"),
                        viewer,
                        filter)
                .query((rs, n) -> new RiskTotal(
                        RiskLevel.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4)))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(RiskTotal::level)
                        .reversed()
                        .thenComparing(RiskTotal::currency))
                .toList();
    }

    /** The badges of those of {@code ids} the viewer may see and that have been assessed. */
    Map<Long, RiskBadge> badges(Viewer viewer, Collection<Long> ids) {
        Map<Long, RiskBadge> badges = new HashMap<>();
        if (ids.isEmpty()) {
            return badges;
        }
        bind(
                        jdbc.sql("SELECT r.opportunity_id, r.risk_level, r.summary" + FROM
                                + " AND r.opportunity_id IN (:ids)"),
                        viewer,
                        RiskFilter.none())
                .param("ids", ids)
                .query(rs -> {
                    badges.put(
                            rs.getLong(1),
                            new RiskBadge(rs.getLong(1), RiskLevel.valueOf(rs.getString(2)), rs.getString(3)));
                });
        return badges;
    }

    /** Whether the deal's slip alert is active (its manager was told and it still holds). */
    boolean alerted(long opportunityId) {
        return jdbc.sql("SELECT slip_alert_active FROM deal_risk WHERE opportunity_id = ?")
                .param(opportunityId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    private static String conditions(RiskFilter filter) {
        StringBuilder where = new StringBuilder();
        if (filter.level() != null) {
            where.append(" AND r.risk_level = :level");
        }
        if (filter.ownerId() != null) {
            where.append(" AND o.owner_id = :owner");
        }
        if (filter.signal() != null) {
            where.append(" AND (',' || r.signals || ',') LIKE :signal");
        }
        if (filter.forecastCategory() != null) {
            where.append(" AND o.forecast_category = :category");
        }
        return where.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Viewer viewer, RiskFilter filter) {
        spec = spec.param("ws", viewer.workspaceId()).param("viewerId", viewer.userId());
        if (filter.level() != null) {
            spec = spec.param("level", filter.level().name());
        }
        if (filter.ownerId() != null) {
            spec = spec.param("owner", filter.ownerId());
        }
        if (filter.signal() != null) {
            spec = spec.param("signal", "%," + filter.signal().name() + ",%");
        }
        if (filter.forecastCategory() != null) {
            spec = spec.param("category", filter.forecastCategory().name());
        }
        return spec;
    }

    private static TeamRisk row(ResultSet rs) throws SQLException {
        String codes = rs.getString("signals");
        List<SignalCode> signals = new ArrayList<>();
        if (!codes.isBlank()) {
            Arrays.stream(codes.split(",")).map(SignalCode::valueOf).forEach(signals::add);
        }
        return new TeamRisk(
                rs.getLong("opportunity_id"),
                rs.getString("name"),
                rs.getString("account_name"),
                rs.getLong("owner_id"),
                rs.getString("owner_name"),
                rs.getBigDecimal("amount"),
                rs.getString("currency"),
                rs.getObject("close_date", LocalDate.class),
                ForecastCategory.valueOf(rs.getString("forecast_category")),
                RiskLevel.valueOf(rs.getString("risk_level")),
                signals,
                rs.getString("summary"),
                rs.getObject("projected_close", LocalDate.class),
                rs.getObject("suggested_close", LocalDate.class),
                rs.getTimestamp("assessed_at").toInstant());
    }
}
