package io.closewright.forecast.engine.backtest;

import io.closewright.forecast.engine.AccuracyScore;
import io.closewright.forecast.engine.Period;
import io.closewright.forecast.engine.PlanAwareSimulation;
import io.closewright.forecast.engine.SimDeal;
import io.closewright.forecast.engine.SimulationResult;
import io.closewright.forecast.engine.SlipHistory;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The back-test of the forecast on the Maven CRM sample, per its recipe: for each month, the pipeline
 * open at the month's start is rebuilt from the data alone (engaged before it, not closed before it),
 * and the month's won value is forecast three ways using only what was known at the month's start:
 *
 * <ol>
 *   <li><b>naive</b>: last month's bookings;
 *   <li><b>weighted</b>: every open deal's list price times the win rate of the deals closed so far;
 *   <li><b>calibrated</b> (Closewright's model): each open deal closes within the month with the
 *       chance a deal of its age had of closing in the next month's days (a life table of the deals seen
 *       so far, still-open ones counted as censored), is won with the win rate of deals that closed at
 *       that age or older, and is worth its list price times the won-value-to-price ratio seen so far;
 *       plus the month's expected bookings from deals engaged and won within the month itself (their
 *       average over the three months before). The sum goes through the seeded simulation for a
 *       p10 to p90 band.
 * </ol>
 */
public final class BackTest {

    /** One month: what closed won and each method's forecast, with the calibrated band. */
    public record Month(
            String month,
            int openDeals,
            double actual,
            double naive,
            double weighted,
            double calibrated,
            double p10,
            double p90) {}

    /** The months and the scores of each method. */
    public record Result(List<Month> months, AccuracyScore naive, AccuracyScore weighted, AccuracyScore calibrated) {}

    private final List<SampleDeal> deals;

    public BackTest(List<SampleDeal> deals) {
        this.deals = List.copyOf(deals);
    }

    public Result run(YearMonth from, YearMonth to, long seed) {
        List<Month> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(month(Period.month(m), seed));
        }
        return new Result(
                months, score(months, Month::naive), score(months, Month::weighted), score(months, Month::calibrated));
    }

    private Month month(Period m, long seed) {
        LocalDate start = m.start();
        List<SampleDeal> open = deals.stream()
                .filter(d -> d.engaged() != null && d.engaged().isBefore(start))
                .filter(d -> d.closed() == null || !d.closed().isBefore(start))
                .toList();
        History history = new History(deals, start);
        List<SimDeal> sim = new ArrayList<>();
        int length = m.end().getDayOfMonth();
        for (SampleDeal d : open) {
            int age = (int) ChronoUnit.DAYS.between(d.engaged(), start);
            double chance = history.closeWithin(age, length) * history.winRateFrom(age);
            sim.add(new SimDeal(sim.size(), 0, d.id(), d.price() * history.valueRatio(), Math.min(1, chance), start));
        }
        double fresh = history.sameMonthBookings(m);
        SimulationResult r = PlanAwareSimulation.run(sim, SlipHistory.none(), m, fresh, 10_000, seed, 0);
        double weighted = open.stream().mapToDouble(SampleDeal::price).sum() * history.winRate();
        return new Month(m.key(), open.size(), won(m), won(m.previous()), weighted, r.mean(), r.p10(), r.p90());
    }

    private double won(Period p) {
        return deals.stream()
                .filter(d -> d.won() && p.contains(d.closed()))
                .mapToDouble(SampleDeal::value)
                .sum();
    }

    private static AccuracyScore score(List<Month> months, java.util.function.ToDoubleFunction<Month> forecast) {
        return AccuracyScore.of(months.stream()
                .map(m -> new AccuracyScore.Point(forecast.applyAsDouble(m), m.actual()))
                .toList());
    }
}
