package io.closewright.demo;

import io.closewright.forecast.ForecastManagement;
import io.closewright.identity.Role;
import io.closewright.identity.UserView;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;

/** Quotas for the demo reps this month and quarter, each rep's call and the managers' team calls, and a first snapshot. */
@Component
class DemoForecast {

    private final ForecastManagement forecasts;
    private final OpportunityManagement opportunities;

    DemoForecast(ForecastManagement forecasts, OpportunityManagement opportunities) {
        this.forecasts = forecasts;
        this.opportunities = opportunities;
    }

    void addTo(Viewer boss, List<UserView> managers, List<UserView> reps, Random random) {
        for (UserView rep : reps) {
            int monthly = 40_000 + 5_000 * random.nextInt(9);
            forecasts.quota(boss, null, rep.id(), BigDecimal.valueOf(monthly), null, null);
            forecasts.quota(boss, quarter(boss), rep.id(), BigDecimal.valueOf(3L * monthly), null, null);
            Viewer self = new Viewer(rep.id(), boss.workspaceId(), Role.REP);
            forecasts.call(self, null, BigDecimal.valueOf(monthly * (6 + random.nextInt(6)) / 10), null);
            forecasts.snapshot(self, null, null, null);
        }
        for (UserView manager : managers) {
            Viewer self = new Viewer(manager.id(), boss.workspaceId(), Role.MANAGER);
            BigDecimal closed =
                    forecasts.forecast(self, null, null, null).figures().closedWon();
            forecasts.call(self, null, closed.add(BigDecimal.valueOf(60_000 + 10_000 * random.nextInt(6))), null);
            forecasts.snapshot(self, null, null, null);
        }
    }

    private String quarter(Viewer boss) {
        java.time.LocalDate today = opportunities.today(boss);
        return today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }
}
