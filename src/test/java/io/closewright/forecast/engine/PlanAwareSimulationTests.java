package io.closewright.forecast.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The plan-aware simulation: hand-computed cases, reproducibility with a seed, and (QuickTheories,
 * seeded for reproducible runs) convergence to the analytic expectation when there are no slips.
 */
class PlanAwareSimulationTests {

    static final Period DECEMBER = Period.parse("2026-12").orElseThrow();

    static SimDeal deal(long id, double amount, double p, String close) {
        return new SimDeal(id, 1, "Deal " + id, amount, p, LocalDate.parse(close));
    }

    @Test
    void certainDealsGiveAnExactBand() {
        List<SimDeal> deals = List.of(deal(1, 10_000, 1, "2026-12-10"), deal(2, 5_000, 0, "2026-12-11"));
        SimulationResult r = PlanAwareSimulation.run(deals, SlipHistory.none(), DECEMBER, 2_000, 1000, 7, 5);
        assertThat(r.mean()).isEqualTo(12_000);
        assertThat(r.p10()).isEqualTo(12_000);
        assertThat(r.p90()).isEqualTo(12_000);
        assertThat(r.analyticMean()).isEqualTo(12_000);
        assertThat(r.mostUncertain()).isEmpty();
    }

    @Test
    void aDealOutsideThePeriodNeverCountsWithoutSlips() {
        SimulationResult r = PlanAwareSimulation.run(
                List.of(deal(1, 10_000, 1, "2027-01-04")), SlipHistory.none(), DECEMBER, 0, 100, 7, 5);
        assertThat(r.mean()).isZero();
    }

    @Test
    void slipsMoveDealsOutOfThePeriodByTheirHistoricalShare() {
        // Expected on 20 Dec: slips of 0 and 5 days keep it in December, 30 and 60 push it out: q = 1/2.
        SlipHistory slips = SlipHistory.of(List.of(0, 5, 30, 60));
        assertThat(slips.chanceWithin(LocalDate.parse("2026-12-20"), DECEMBER)).isEqualTo(0.5);
        // Expected on 15 Nov: only the 30-day slip lands it in December (15 Dec): q = 1/4.
        assertThat(slips.chanceWithin(LocalDate.parse("2026-11-15"), DECEMBER)).isEqualTo(0.25);
        SimulationResult r =
                PlanAwareSimulation.run(List.of(deal(1, 8_000, 0.5, "2026-12-20")), slips, DECEMBER, 0, 10, 7, 5);
        assertThat(r.analyticMean()).isEqualTo(2_000);
        assertThat(r.mostUncertain()).singleElement().satisfies(u -> {
            assertThat(u.chance()).isEqualTo(0.25);
            assertThat(u.stdDev()).isEqualTo(8_000 * Math.sqrt(0.25 * 0.75));
        });
    }

    @Test
    void theSameSeedGivesTheSameResultAndAnotherSeedAnotherDraw() {
        List<SimDeal> deals = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            deals.add(deal(i, 1_000 + 137 * i, (i % 9) / 10.0, "2026-12-" + (10 + i % 15)));
        }
        SlipHistory slips = SlipHistory.of(List.of(0, 0, 3, 10, 21));
        SimulationResult a = PlanAwareSimulation.run(deals, slips, DECEMBER, 0, 10_000, 42, 5);
        SimulationResult b = PlanAwareSimulation.run(deals, slips, DECEMBER, 0, 10_000, 42, 5);
        SimulationResult c = PlanAwareSimulation.run(deals, slips, DECEMBER, 0, 10_000, 43, 5);
        assertThat(b).isEqualTo(a);
        assertThat(c.mean()).isNotEqualTo(a.mean());
        assertThat(a.p10()).isLessThanOrEqualTo(a.p50());
        assertThat(a.p50()).isLessThanOrEqualTo(a.p90());
    }

    @Test
    void convergesToTheAnalyticExpectationWhenSlipsAreZero() {
        Gen<List<Integer>> cents = lists().of(integers().between(1, 50_000)).ofSizeBetween(1, 30);
        qt().withFixedSeed(20261202L)
                .withExamples(40)
                .forAll(cents, integers().between(0, 100_000))
                .checkAssert((amounts, seed) -> {
                    List<SimDeal> deals = new ArrayList<>();
                    double variance = 0;
                    double analytic = 0;
                    for (int i = 0; i < amounts.size(); i++) {
                        double p = ((amounts.get(i) * 7919L) % 101) / 100.0;
                        String day = i % 4 == 0 ? "2027-01-05" : "2026-12-" + (10 + i % 18);
                        deals.add(deal(i, amounts.get(i), p, day));
                        if (i % 4 != 0) {
                            analytic += amounts.get(i) * p;
                            variance += amounts.get(i) * (double) amounts.get(i) * p * (1 - p);
                        }
                    }
                    SimulationResult r = PlanAwareSimulation.run(
                            deals, SlipHistory.of(List.of(0, 0, 0)), DECEMBER, 0, 10_000, seed, 3);
                    assertThat(r.analyticMean()).isCloseTo(analytic, org.assertj.core.data.Offset.offset(1e-6));
                    double standardError = Math.sqrt(variance / 10_000);
                    assertThat(Math.abs(r.mean() - analytic)).isLessThanOrEqualTo(5 * standardError + 1e-6);
                });
    }
}
