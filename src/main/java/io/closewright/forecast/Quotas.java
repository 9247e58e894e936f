package io.closewright.forecast;

import io.closewright.forecast.engine.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Quotas per person and period, set by admins and by managers for the people below them. A quarter's
 * quota is the one set for the quarter, or else the sum of the quotas set for its three months.
 */
@Component
class Quotas {

    /**
     * The quotas of a period for some people, read in one statement.
     *
     * @param set the quota set for exactly the period, with its version (what an edit changes)
     * @param effective each person's own quota for the period: the one set, or for a quarter the sum of its
     *     months; people without one are left out
     */
    record OfPeriod(Map<Long, PeriodAmount> set, Map<Long, BigDecimal> effective) {}

    private final PeriodAmounts amounts;

    Quotas(JdbcClient jdbc) {
        this.amounts = new PeriodAmounts(jdbc, "forecast_quota", "Quota");
    }

    PeriodAmounts table() {
        return amounts;
    }

    /** Each person's own quota for the period; people without one are left out. */
    Map<Long, BigDecimal> of(long workspaceId, Period period, Collection<Long> userIds) {
        return load(workspaceId, period, userIds).effective();
    }

    /** The quotas set for the period (and, for a quarter, its months) for {@code userIds}, in one statement. */
    OfPeriod load(long workspaceId, Period period, Collection<Long> userIds) {
        Map<Long, PeriodAmount> set = new HashMap<>();
        Map<Long, BigDecimal> months = new HashMap<>();
        if (userIds.isEmpty()) {
            return new OfPeriod(set, months);
        }
        List<String> keys = new ArrayList<>(List.of(period.key()));
        if (period.quarter()) {
            Period m1 = Period.monthOf(period.start());
            keys.addAll(List.of(m1.key(), m1.next().key(), m1.next().next().key()));
        }
        for (PeriodAmount a : amounts.list(workspaceId, keys, userIds)) {
            if (a.period().equals(period.key())) {
                set.put(a.userId(), a);
            } else {
                months.merge(a.userId(), a.amount(), BigDecimal::add);
            }
        }
        Map<Long, BigDecimal> effective = new HashMap<>(months);
        set.forEach((id, a) -> effective.put(id, a.amount()));
        return new OfPeriod(set, effective);
    }
}
