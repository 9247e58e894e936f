package io.closewright.forecast.engine;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The plan-aware expectation of a period's bookings, by Monte Carlo: in each trial every open deal is
 * won with its calibrated probability and closes on its expected day shifted by a slip drawn from the
 * workspace's history; the trial's total is what was already won in the period plus the deals won and
 * closing within it. Seeded: the same inputs and seed give the same result.
 *
 * <p>A deal's slip matters only through whether it lands in the period, so a deal adds its amount to
 * a trial with probability {@code w = p * q}, where {@code q} is the exact share of historical slips
 * that land it in the period ({@link SlipHistory#chanceWithin}), independently of every other deal and
 * trial. This has the same distribution as drawing the win and the slip separately.
 *
 * <p>The trials are filled deal by deal ({@link BernoulliTrials}): a deal with {@code w} of 0 or 1 costs
 * nothing per trial; a rare outcome (the win when {@code w} is small, the loss when {@code w} is near 1)
 * is placed by drawing the gaps between the trials it happens in (geometric skipping), which costs about
 * {@code trials * min(w, 1 - w)} draws; other deals get one 53-bit draw per trial, compared without a
 * branch. Every way gives each trial an independent Bernoulli({@code w}) outcome, so the distribution is
 * the one of one uniform draw per deal and trial; the seed fixes every draw, so a run is reproducible.
 */
public final class PlanAwareSimulation {

    private PlanAwareSimulation() {}

    public static SimulationResult run(
            List<SimDeal> deals, SlipHistory slips, Period period, double alreadyWon, int trials, long seed, int top) {
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be at least 1");
        }
        int n = deals.size();
        double[] amounts = new double[n];
        double[] chances = new double[n];
        double analytic = alreadyWon;
        for (int i = 0; i < n; i++) {
            SimDeal d = deals.get(i);
            amounts[i] = d.amount();
            chances[i] = d.winProbability() * slips.chanceWithin(d.expectedClose(), period);
            analytic += amounts[i] * chances[i];
        }
        double[] totals = totals(amounts, chances, alreadyWon, trials, seed);
        double mean = Arrays.stream(totals).sum() / trials;
        Arrays.sort(totals);
        return new SimulationResult(
                trials,
                seed,
                mean,
                quantile(totals, 0.10),
                quantile(totals, 0.50),
                quantile(totals, 0.90),
                analytic,
                uncertain(deals, chances, top));
    }

    private static double[] totals(double[] amounts, double[] chances, double base, int trials, long seed) {
        double certain = base;
        double[] totals = new double[trials];
        BernoulliTrials draws = new BernoulliTrials(new SplittableRandom(seed));
        for (int i = 0; i < amounts.length; i++) {
            if (chances[i] >= 1) {
                certain += amounts[i];
            } else if (chances[i] > 0) {
                certain += draws.add(totals, amounts[i], chances[i]);
            }
        }
        for (int t = 0; t < trials; t++) {
            totals[t] += certain;
        }
        return totals;
    }

    /** The nearest-rank quantile of sorted values: the smallest value with at least {@code q} of them at or below it. */
    static double quantile(double[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static List<SimulationResult.UncertainDeal> uncertain(List<SimDeal> deals, double[] chances, int top) {
        return java.util.stream.IntStream.range(0, deals.size())
                .filter(i -> chances[i] > 0 && chances[i] < 1)
                .mapToObj(i -> {
                    SimDeal d = deals.get(i);
                    double sd = d.amount() * Math.sqrt(chances[i] * (1 - chances[i]));
                    return new SimulationResult.UncertainDeal(
                            d.id(), d.ownerId(), d.name(), d.amount(), chances[i], sd);
                })
                .sorted(Comparator.comparingDouble(SimulationResult.UncertainDeal::stdDev)
                        .reversed()
                        .thenComparingLong(SimulationResult.UncertainDeal::id))
                .limit(top)
                .toList();
    }
}
