package io.closewright.forecast;

import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StaleVersionException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A table of amounts per person and period ({@code forecast_call} or {@code forecast_quota}) with
 * optimistic locking: a first amount needs no version, changing one needs the current version (428
 * without, 412 when stale), so two people never silently overwrite each other.
 */
final class PeriodAmounts {

    static final BigDecimal MAX = new BigDecimal("9999999999999.99");

    private final JdbcClient jdbc;
    private final String table;
    private final String what;

    PeriodAmounts(JdbcClient jdbc, String table, String what) {
        this.jdbc = jdbc;
        this.table = table;
        this.what = what;
    }

    Map<Long, PeriodAmount> of(long workspaceId, Collection<String> periods, Collection<Long> userIds) {
        Map<Long, PeriodAmount> found = new HashMap<>();
        if (userIds.isEmpty() || periods.isEmpty()) {
            return found;
        }
        for (PeriodAmount a : list(workspaceId, periods, userIds)) {
            found.merge(
                    a.userId(),
                    a,
                    (x, y) -> new PeriodAmount(
                            x.userId(), x.period(), x.amount().add(y.amount()), x.version(), x.updatedAt()));
        }
        return found;
    }

    List<PeriodAmount> list(long workspaceId, Collection<String> periods, Collection<Long> userIds) {
        return jdbc.sql("SELECT user_id, period, amount, version, updated_at FROM " + table
                        + " WHERE workspace_id = :ws AND period IN (:periods) AND user_id IN (:users)")
                .param("ws", workspaceId)
                .param("periods", List.copyOf(periods))
                .param("users", List.copyOf(userIds))
                .query((rs, n) -> new PeriodAmount(
                        rs.getLong("user_id"),
                        rs.getString("period"),
                        rs.getBigDecimal("amount"),
                        rs.getLong("version"),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    Optional<PeriodAmount> one(long workspaceId, long userId, String period) {
        return list(workspaceId, List.of(period), List.of(userId)).stream().findFirst();
    }

    PeriodAmount set(
            long workspaceId,
            long userId,
            String period,
            @Nullable BigDecimal amount,
            @Nullable Long version,
            long by,
            Instant now) {
        check(amount);
        Optional<PeriodAmount> current = one(workspaceId, userId, period);
        if (current.isEmpty()) {
            if (version != null && version != 0) {
                throw new StaleVersionException(what, 0);
            }
            jdbc.sql(
                            "INSERT INTO " + table
                                    + " (workspace_id, user_id, period, amount, version, updated_by, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)")
                    .params(workspaceId, userId, period, amount, by, Timestamp.from(now))
                    .update();
        } else {
            if (version == null) {
                throw new io.closewright.shared.Preconditions.PreconditionRequiredException();
            }
            int changed = jdbc.sql("UPDATE " + table + " SET amount = ?, version = version + 1, updated_by = ?,"
                            + " updated_at = ? WHERE user_id = ? AND period = ? AND version = ?")
                    .params(amount, by, Timestamp.from(now), userId, period, version)
                    .update();
            if (changed == 0) {
                throw new StaleVersionException(what, current.get().version());
            }
        }
        return one(workspaceId, userId, period).orElseThrow();
    }

    private static void check(@Nullable BigDecimal amount) {
        if (amount == null) {
            throw new RuleViolationException("amount", "must not be empty");
        }
        if (amount.signum() < 0 || amount.compareTo(MAX) > 0 || amount.scale() > 2) {
            throw new RuleViolationException(
                    "amount", "must be between 0 and " + MAX.toPlainString() + " with at most 2 decimals");
        }
    }
}
