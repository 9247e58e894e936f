package io.closewright.forecast;

import io.closewright.forecast.engine.CategoryFigures;
import io.closewright.forecast.engine.Period;
import io.closewright.forecast.engine.PlanAwareSimulation;
import io.closewright.forecast.engine.RollUp;
import io.closewright.forecast.engine.SimulationResult;
import io.closewright.forecast.engine.SlipHistory;
import io.closewright.forecast.engine.WinCalibration;
import io.closewright.identity.IdentityManagement;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds a {@link ForecastView}: loads the scope's deals in sets, then hands the maths to {@code forecast.engine}. */
@Component
class Forecasts {

    private final ForecastQueries queries;
    private final ForecastInputs inputs;
    private final IdentityManagement identity;
    private final OpportunityManagement opportunities;
    private final Quotas quotas;
    private final PeriodAmounts calls;
    private final ForecastSettings settings;

    Forecasts(
            ForecastQueries queries,
            ForecastInputs inputs,
            IdentityManagement identity,
            OpportunityManagement opportunities,
            Quotas quotas,
            JdbcClient jdbc,
            ForecastSettings settings) {
        this.queries = queries;
        this.inputs = inputs;
        this.identity = identity;
        this.opportunities = opportunities;
        this.quotas = quotas;
        this.calls = new PeriodAmounts(jdbc, "forecast_call", "Forecast call");
        this.settings = settings;
    }

    PeriodAmounts calls() {
        return calls;
    }

    ForecastView forecast(Viewer viewer, Period period, ForecastScope scope) {
        List<ForecastQueries.OpenRow> open = queries.open(viewer, scope, period.end());
        Map<Long, CategoryFigures> own = inputs.ownFigures(viewer, scope, period, open);
        List<RollUp.Person> people = people(viewer, scope);
        List<Long> ids = people.stream().map(RollUp.Person::id).toList();
        Quotas.OfPeriod quota = quotas.load(viewer.workspaceId(), period, ids);
        Map<Long, PeriodAmount> callOf = calls.of(viewer.workspaceId(), List.of(period.key()), ids);
        List<ForecastView.RollUpRow> rows = RollUp.of(people, own, quota.effective(), scope.userId()).stream()
                .map(r -> new ForecastView.RollUpRow(
                        r.userId(),
                        r.name(),
                        r.depth(),
                        r.leads(),
                        r.figures(),
                        r.quota(),
                        quota.set().get(r.userId()),
                        r.attainment(),
                        callOf.get(r.userId())))
                .toList();
        ForecastView.RollUpRow top = rows.get(0);
        return new ForecastView(
                period.key(),
                period.start(),
                period.end(),
                opportunities.today(viewer),
                identity.workspace(viewer.workspaceId()).currency(),
                new ForecastView.Scope(scope.userId(), scope.name(), scope.team()),
                top.figures(),
                top.quota(),
                top.attainment(),
                top.call(),
                expected(viewer, period, open, top.figures().closedWon()),
                rows);
    }

    private ForecastView.Expected expected(
            Viewer viewer, Period period, List<ForecastQueries.OpenRow> open, BigDecimal closedWon) {
        ForecastQueries.ClosedHistory history = inputs.closedHistory(viewer);
        WinCalibration calibration = inputs.calibration(viewer, history);
        SlipHistory slips = inputs.slips(history);
        SimulationResult r = PlanAwareSimulation.run(
                inputs.simDeals(viewer, open, calibration),
                slips,
                period,
                closedWon.doubleValue(),
                settings.trials(),
                settings.seed(),
                settings.uncertainDeals());
        return new ForecastView.Expected(
                round(r.mean()),
                round(r.p10()),
                round(r.p50()),
                round(r.p90()),
                round(r.analyticMean()),
                r.trials(),
                r.seed(),
                calibration.source().name(),
                calibration.closedDeals(),
                slips.size(),
                round(slips.meanDays()),
                r.mostUncertain());
    }

    /**
     * The people of the roll-up: the scope's person and, for a team, everyone below them the viewer may
     * see. An admin's team is the whole workspace: people without a manager hang below the admin.
     */
    List<RollUp.Person> people(Viewer viewer, ForecastScope scope) {
        Map<Long, RollUp.Person> byId = new HashMap<>();
        List<io.closewright.identity.UserView> users = identity.visibleUsers(viewer);
        boolean adminRoot = users.stream()
                .anyMatch(u -> u.id() == scope.userId() && u.role() == io.closewright.identity.Role.ADMIN);
        for (io.closewright.identity.UserView u : users) {
            Long manager = u.managerId() == null && adminRoot && u.id() != scope.userId()
                    ? Long.valueOf(scope.userId())
                    : u.managerId();
            byId.put(
                    u.id(),
                    new RollUp.Person(
                            u.id(),
                            u.name(),
                            scope.team() ? manager : null,
                            u.role().canLead()));
        }
        if (!scope.team()) {
            return List.of(byId.get(scope.userId()));
        }
        return List.copyOf(byId.values());
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
