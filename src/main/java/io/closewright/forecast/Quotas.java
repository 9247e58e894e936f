package io.closewright.forecast;

import io.closewright.forecast.engine.Period;
import java.math.BigDecimal;
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

    private final PeriodAmounts amounts;

    Quotas(JdbcClient jdbc) {
        this.amounts = new PeriodAmounts(jdbc, "forecast_quota", "Quota");
    }

    PeriodAmounts table() {
        return amounts;
    }

    /** Each person's own quota for the period; people without one are left out. */
    Map<Long, BigDecimal> of(long workspaceId, Period period, Collection<Long> userIds) {
        Map<Long, BigDecimal> quotas = new HashMap<>();
        amounts.of(workspaceId, List.of(period.key()), userIds).forEach((id, a) -> quotas.put(id, a.amount()));
        if (period.quarter()) {
            Period m1 = Period.monthOf(period.start());
            List<String> months =
                    List.of(m1.key(), m1.next().key(), m1.next().next().key());
            amounts.of(workspaceId, months, userIds).forEach((id, a) -> quotas.putIfAbsent(id, a.amount()));
        }
        return quotas;
    }
}
