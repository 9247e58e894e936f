package io.closewright.forecast;

import io.closewright.forecast.engine.AccuracyScore;
import io.closewright.forecast.engine.Period;
import io.closewright.forecast.engine.RollUp;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Builds {@link AccuracyView}s from stored snapshots and what actually closed, all read in sets. */
@Component
class AccuracyReports {

    private final Forecasts forecasts;
    private final ForecastQueries queries;
    private final Snapshots snapshots;
    private final OpportunityManagement opportunities;

    AccuracyReports(
            Forecasts forecasts, ForecastQueries queries, Snapshots snapshots, OpportunityManagement opportunities) {
        this.forecasts = forecasts;
        this.queries = queries;
        this.snapshots = snapshots;
        this.opportunities = opportunities;
    }

    AccuracyView report(Viewer viewer, ForecastScope scope, int count, boolean quarters) {
        Period current =
                quarters ? Period.quarterOf(opportunities.today(viewer)) : Period.monthOf(opportunities.today(viewer));
        List<Period> periods = new ArrayList<>();
        for (Period p = current.previous(); periods.size() < count; p = p.previous()) {
            periods.add(p);
        }
        Collections.reverse(periods);
        List<RollUp.Person> people = forecasts.people(viewer, scope);
        Team team = new Team(people);
        Map<Long, Map<String, BigDecimal>> won = new HashMap<>();
        for (ForecastQueries.ClosedRow c : queries.closed(
                viewer,
                scope,
                periods.get(0).start(),
                periods.get(periods.size() - 1).end())) {
            if (c.won()) {
                String key = periods.stream()
                        .filter(p -> p.contains(c.closedOn()))
                        .findFirst()
                        .orElseThrow()
                        .key();
                won.computeIfAbsent(c.ownerId(), k -> new HashMap<>()).merge(key, c.amount(), BigDecimal::add);
            }
        }
        List<SnapshotView> snaps = snapshots.of(
                viewer.workspaceId(),
                periods.stream().map(Period::key).toList(),
                people.stream().map(RollUp.Person::id).toList());
        List<AccuracyView.PersonAccuracy> rows = RollUp.of(people, Map.of(), Map.of(), scope.userId()).stream()
                .map(r -> {
                    boolean asTeam = scope.team() && r.leads();
                    Set<Long> members = asTeam ? team.subtree(r.userId()) : Set.of(r.userId());
                    List<AccuracyView.PeriodPoint> points = periods.stream()
                            .map(p -> point(p, actual(won, members, p), pick(snaps, r.userId(), asTeam, p)))
                            .toList();
                    return new AccuracyView.PersonAccuracy(
                            r.userId(),
                            r.name(),
                            r.depth(),
                            asTeam,
                            points,
                            score(points, AccuracyView.PeriodPoint::call),
                            score(points, AccuracyView.PeriodPoint::weighted),
                            score(points, AccuracyView.PeriodPoint::expected));
                })
                .toList();
        return new AccuracyView(
                new ForecastView.Scope(scope.userId(), scope.name(), scope.team()),
                periods.stream().map(Period::key).toList(),
                rows);
    }

    private static BigDecimal actual(Map<Long, Map<String, BigDecimal>> won, Set<Long> members, Period p) {
        return members.stream()
                .map(id -> won.getOrDefault(id, Map.of()).getOrDefault(p.key(), BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The first snapshot taken within the period, else the last one taken before it; null when none. */
    static SnapshotView pick(List<SnapshotView> snaps, long userId, boolean team, Period p) {
        SnapshotView before = null;
        for (SnapshotView s : snaps) {
            if (s.userId() != userId || s.team() != team || !s.period().equals(p.key())) {
                continue;
            }
            if (p.contains(s.takenOn())) {
                return s;
            }
            if (s.takenOn().isBefore(p.start())) {
                before = s;
            }
        }
        return before;
    }

    private static AccuracyView.PeriodPoint point(Period p, BigDecimal actual, SnapshotView s) {
        return s == null
                ? new AccuracyView.PeriodPoint(p.key(), actual, null, null, null, null)
                : new AccuracyView.PeriodPoint(p.key(), actual, s.takenOn(), s.call(), s.weighted(), s.expected());
    }

    private static AccuracyScore score(
            List<AccuracyView.PeriodPoint> points, Function<AccuracyView.PeriodPoint, BigDecimal> forecast) {
        return AccuracyScore.of(points.stream()
                .filter(p -> forecast.apply(p) != null)
                .map(p -> new AccuracyScore.Point(
                        forecast.apply(p).doubleValue(), p.actual().doubleValue()))
                .toList());
    }
}
