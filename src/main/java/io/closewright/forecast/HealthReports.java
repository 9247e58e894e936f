package io.closewright.forecast;

import io.closewright.forecast.engine.HealthInputs;
import io.closewright.forecast.engine.Period;
import io.closewright.forecast.engine.PipelineHealth;
import io.closewright.forecast.engine.RollUp;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.StageView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Builds {@link HealthView}s: the scope's deals are read once and split per person in memory. */
@Component
class HealthReports {

    private final Forecasts forecasts;
    private final ForecastQueries queries;
    private final Quotas quotas;
    private final OpportunityManagement opportunities;
    private final ForecastSettings settings;

    HealthReports(
            Forecasts forecasts,
            ForecastQueries queries,
            Quotas quotas,
            OpportunityManagement opportunities,
            ForecastSettings settings) {
        this.forecasts = forecasts;
        this.queries = queries;
        this.quotas = quotas;
        this.opportunities = opportunities;
        this.settings = settings;
    }

    HealthView report(Viewer viewer, ForecastScope scope, Period period) {
        LocalDate today = opportunities.today(viewer);
        LocalDate from = today.minusDays(settings.healthLookbackDays());
        List<ForecastQueries.OpenRow> open = queries.open(viewer, scope, null);
        List<ForecastQueries.ClosedRow> closed = queries.closed(viewer, scope, from, today);
        List<ForecastQueries.ClosedRow> wonInPeriod =
                queries.closed(viewer, scope, period.start(), period.end()).stream()
                        .filter(ForecastQueries.ClosedRow::won)
                        .toList();
        Map<Long, List<String[]>> changes = queries.stageChanges(viewer, scope);
        List<StageView> stages = opportunities.stages(viewer.workspaceId());
        List<String> openStages =
                stages.stream().filter(s -> !s.closed()).map(StageView::key).toList();
        Set<String> wonStages =
                stages.stream().filter(StageView::won).map(StageView::key).collect(Collectors.toSet());
        List<RollUp.Person> people = forecasts.people(viewer, scope);
        Team team = new Team(people);
        Map<Long, BigDecimal> quota = quotas.of(
                viewer.workspaceId(),
                period,
                people.stream().map(RollUp.Person::id).toList());
        List<HealthView.PersonHealth> rows = RollUp.of(people, Map.of(), quota, scope.userId()).stream()
                .map(r -> {
                    boolean asTeam = scope.team() && r.leads();
                    Set<Long> members = asTeam ? team.subtree(r.userId()) : Set.of(r.userId());
                    HealthInputs in = inputs(open, closed, wonInPeriod, changes, members, r.quota(), period, today);
                    return new HealthView.PersonHealth(
                            r.userId(), r.name(), r.depth(), asTeam, PipelineHealth.of(in, openStages, wonStages));
                })
                .toList();
        return new HealthView(
                new ForecastView.Scope(scope.userId(), scope.name(), scope.team()), period.key(), from, today, rows);
    }

    private static HealthInputs inputs(
            List<ForecastQueries.OpenRow> open,
            List<ForecastQueries.ClosedRow> closed,
            List<ForecastQueries.ClosedRow> wonInPeriod,
            Map<Long, List<String[]>> changes,
            Set<Long> members,
            BigDecimal quota,
            Period period,
            LocalDate today) {
        List<HealthInputs.OpenDeal> openDeals = new ArrayList<>();
        List<HealthInputs.StagePath> paths = new ArrayList<>();
        for (ForecastQueries.OpenRow d : open) {
            if (members.contains(d.ownerId())) {
                openDeals.add(
                        new HealthInputs.OpenDeal(d.amount().doubleValue(), d.createdOn(), d.closeDate(), d.pushes()));
                paths.add(path(changes.get(d.id()), d.stage()));
            }
        }
        List<HealthInputs.ClosedDeal> closedDeals = new ArrayList<>();
        for (ForecastQueries.ClosedRow c : closed) {
            if (members.contains(c.ownerId())) {
                closedDeals.add(
                        new HealthInputs.ClosedDeal(c.won(), c.amount().doubleValue(), c.createdOn(), c.closedOn()));
                paths.add(path(changes.get(c.id()), null));
            }
        }
        double won = wonInPeriod.stream()
                .filter(c -> members.contains(c.ownerId()))
                .mapToDouble(c -> c.amount().doubleValue())
                .sum();
        return new HealthInputs(
                openDeals, closedDeals, paths, quota == null ? null : quota.doubleValue(), won, period, today);
    }

    /** The stages a deal was in: where it started, then each stage it moved to. */
    static HealthInputs.StagePath path(List<String[]> changes, String current) {
        List<String> stages = new ArrayList<>();
        if (changes == null || changes.isEmpty()) {
            if (current != null) {
                stages.add(current);
            }
            return new HealthInputs.StagePath(stages);
        }
        stages.add(changes.get(0)[0]);
        changes.forEach(c -> stages.add(c[1]));
        return new HealthInputs.StagePath(stages);
    }
}
