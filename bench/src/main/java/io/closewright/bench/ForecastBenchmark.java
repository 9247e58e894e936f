package io.closewright.bench;

import io.closewright.forecast.engine.CategoryFigures;
import io.closewright.forecast.engine.Period;
import io.closewright.forecast.engine.PlanAwareSimulation;
import io.closewright.forecast.engine.RollUp;
import io.closewright.forecast.engine.SimDeal;
import io.closewright.forecast.engine.SimulationResult;
import io.closewright.forecast.engine.SlipHistory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The forecast of a manager's team of 50 reps (two team leads, 25 reps each) for one quarter: the
 * category sums of every open deal, the roll-up down the tree, and the plan-aware simulation with
 * 10,000 trials over every open deal closing by the quarter's end, with a slip history of 2,000 closed
 * deals. Seeded: the same deals every run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ForecastBenchmark {

    static final Period QUARTER = Period.parse("2026-Q4").orElseThrow();

    /** 300 a rep is the generated 100,000-deal workspace's team (about 15,000 open deals). */
    @Param({"20", "40", "300"})
    int dealsPerRep;

    List<SimDeal> deals;
    List<RollUp.Person> people;
    SlipHistory slips;
    int[] stageOf;
    int[] probabilities = {10, 20, 40, 60, 80};

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(2026);
        people = new ArrayList<>();
        people.add(new RollUp.Person(1, "Manager", null, true));
        people.add(new RollUp.Person(2, "Lead A", 1L, true));
        people.add(new RollUp.Person(3, "Lead B", 1L, true));
        deals = new ArrayList<>();
        List<Integer> stages = new ArrayList<>();
        for (int rep = 0; rep < 50; rep++) {
            long id = 100 + rep;
            people.add(new RollUp.Person(id, "Rep " + rep, rep < 25 ? 2L : 3L, false));
            for (int d = 0; d < dealsPerRep; d++) {
                int stage = random.nextInt(5);
                double amount = Math.round(Math.exp(8 + 2 * random.nextDouble()));
                LocalDate close = LocalDate.of(2026, 10, 1).plusDays(random.nextInt(120));
                deals.add(new SimDeal(deals.size(), id, "Deal " + deals.size(), amount, probabilities[stage] / 100.0, close));
                stages.add(stage);
            }
        }
        stageOf = stages.stream().mapToInt(Integer::intValue).toArray();
        List<Integer> history = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            history.add(random.nextInt(10) < 6 ? 0 : random.nextInt(90));
        }
        slips = SlipHistory.of(history);
    }

    /**
     * The least any Monte Carlo of these deals must do: one random draw per deal and trial, summed. Run
     * in the same JVM and run, so the ratio to it survives a loaded machine.
     */
    @Benchmark
    public double baselineDrawsOnly() {
        SplittableRandom random = new SplittableRandom(42);
        double sum = 0;
        int n = deals.size();
        for (int t = 0; t < 10_000; t++) {
            for (int i = 0; i < n; i++) {
                sum += random.nextDouble();
            }
        }
        return sum;
    }

    /**
     * The simulation's trials as the engine filled them before geometric skipping (one uniform draw per
     * deal and trial against its chance, trial by trial), over the same chances: the "before" of the same run.
     */
    @Benchmark
    public double drawPerDealAndTrial() {
        int n = deals.size();
        double[] amounts = new double[n];
        double[] chances = new double[n];
        for (int i = 0; i < n; i++) {
            SimDeal d = deals.get(i);
            amounts[i] = d.amount();
            chances[i] = d.winProbability() * slips.chanceWithin(d.expectedClose(), QUARTER);
        }
        SplittableRandom random = new SplittableRandom(42);
        double sum = 0;
        for (int t = 0; t < 10_000; t++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                if (chances[i] > 0 && chances[i] < 1 && random.nextDouble() < chances[i]) {
                    total += amounts[i];
                }
            }
            sum += total;
        }
        return sum;
    }

    @Benchmark
    public SimulationResult simulateTeamQuarter() {
        return PlanAwareSimulation.run(deals, slips, QUARTER, 0, 10_000, 42, 5);
    }

    @Benchmark
    public Object wholeTeamForecast() {
        Map<Long, CategoryFigures> own = new HashMap<>();
        for (int i = 0; i < deals.size(); i++) {
            SimDeal d = deals.get(i);
            if (QUARTER.contains(d.expectedClose())) {
                CategoryFigures.Category category = CategoryFigures.Category.values()[stageOf[i] % 3];
                own.merge(
                        d.ownerId(),
                        CategoryFigures.ZERO.withOpen(BigDecimal.valueOf(d.amount()), category, probabilities[stageOf[i]]),
                        CategoryFigures::plus);
            }
        }
        List<RollUp.Row> rows = RollUp.of(people, own, Map.of(), 1);
        return new Object[] {rows, PlanAwareSimulation.run(deals, slips, QUARTER, 0, 10_000, 42, 5)};
    }
}
