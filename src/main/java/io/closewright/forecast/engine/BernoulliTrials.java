package io.closewright.forecast.engine;

import java.util.SplittableRandom;

/**
 * Adds one deal's amount to the trials it is won in, each trial independently with the same chance, at a
 * cost that shrinks with how rare the less likely outcome is. Every draw comes from the one seeded
 * generator, in a fixed order, so the same deals and seed fill the same trials.
 */
final class BernoulliTrials {

    /**
     * Below this chance of the rarer outcome, drawing the gaps between its trials (one draw and one
     * logarithm per occurrence) is cheaper than one draw per trial; measured with ForecastBenchmark.
     */
    static final double SKIP_BELOW = 0.08;

    private static final double TWO_TO_53 = 0x1.0p53;

    private final SplittableRandom random;

    BernoulliTrials(SplittableRandom random) {
        this.random = random;
    }

    /**
     * Adds {@code amount} to each trial of {@code totals} with probability {@code chance} (strictly between
     * 0 and 1), independently per trial. Returns what the caller must still add to every trial: 0, or
     * {@code amount} when the losses were subtracted instead of the wins added (a chance above one half).
     */
    double add(double[] totals, double amount, double chance) {
        if (chance <= 0 || chance >= 1) {
            throw new IllegalArgumentException("chance must be strictly between 0 and 1");
        }
        boolean likely = chance > 0.5;
        double rare = likely ? 1 - chance : chance;
        double delta = likely ? -amount : amount;
        if (rare < SKIP_BELOW) {
            skipping(totals, delta, rare);
        } else {
            everyTrial(totals, delta, rare);
        }
        return likely ? amount : 0;
    }

    /**
     * Geometric skipping: the number of trials before the next occurrence of an event of chance {@code c}
     * is Geometric({@code c}), {@code floor(ln U / ln(1 - c))} for a uniform {@code U} in (0, 1].
     */
    private void skipping(double[] totals, double delta, double c) {
        double logMiss = Math.log1p(-c);
        int n = totals.length;
        long t = -1;
        while (true) {
            double gap = Math.floor(Math.log(1 - random.nextDouble()) / logMiss);
            if (gap >= n - t - 1) {
                return;
            }
            t += 1 + (long) gap;
            totals[(int) t] += delta;
        }
    }

    /**
     * One draw per trial: {@code nextDouble() < c} is {@code (nextLong() >>> 11) < ceil(c * 2^53)}, compared
     * here by the sign of the difference so the loop has no branch to mispredict.
     */
    private void everyTrial(double[] totals, double delta, double c) {
        long threshold = (long) Math.ceil(c * TWO_TO_53);
        for (int t = 0; t < totals.length; t++) {
            long hit = ((random.nextLong() >>> 11) - threshold) >>> 63;
            totals[t] += delta * hit;
        }
    }
}
