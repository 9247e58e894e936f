package io.closewright.forecast.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Each way of filling the trials (geometric skipping of rare wins, of rare losses, one draw per trial)
 * gives every trial an independent outcome with the deal's chance: the share of trials won and of
 * neighbouring trials both won stay within five standard errors of {@code c} and {@code c * c}
 * (QuickTheories, seeded).
 */
class BernoulliTrialsTests {

    static final int TRIALS = 200_000;

    @Test
    void everyWayGivesIndependentTrialsWithTheDealsChance() {
        qt().withFixedSeed(20261202L)
                .withExamples(60)
                .forAll(integers().between(1, 9_999), integers().between(0, 1_000_000))
                .checkAssert((basisPoints, seed) -> {
                    double c = basisPoints / 10_000.0;
                    double[] totals = new double[TRIALS];
                    double always = new BernoulliTrials(new SplittableRandom(seed)).add(totals, 1, c);
                    long won = 0;
                    long pairs = 0;
                    for (int t = 0; t < TRIALS; t++) {
                        double outcome = totals[t] + always;
                        assertThat(outcome).isIn(0.0, 1.0);
                        won += (long) outcome;
                        if (t > 0 && outcome == 1 && totals[t - 1] + always == 1) {
                            pairs++;
                        }
                    }
                    double share = won / (double) TRIALS;
                    assertThat(Math.abs(share - c)).isLessThanOrEqualTo(5 * Math.sqrt(c * (1 - c) / TRIALS));
                    double both = c * c;
                    double pairShare = pairs / (double) (TRIALS - 1);
                    // neighbouring pairs overlap, so their count varies a little more than binomially
                    assertThat(Math.abs(pairShare - both))
                            .isLessThanOrEqualTo(8 * Math.sqrt(both * (1 - both) / (TRIALS - 1)));
                });
    }

    @Test
    void theSameSeedFillsTheSameTrials() {
        for (double c : new double[] {0.001, 0.3, 0.97}) {
            double[] a = new double[1_000];
            double[] b = new double[1_000];
            new BernoulliTrials(new SplittableRandom(7)).add(a, 5, c);
            new BernoulliTrials(new SplittableRandom(7)).add(b, 5, c);
            assertThat(b).as("chance %s", c).containsExactly(a);
        }
    }

    @Test
    void refusesCertainOrImpossibleChances() {
        BernoulliTrials draws = new BernoulliTrials(new SplittableRandom(1));
        assertThatThrownBy(() -> draws.add(new double[3], 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> draws.add(new double[3], 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
