package io.closewright.bench;

import io.closewright.closeplan.scheduling.PlanSchedule;
import io.closewright.closeplan.scheduling.PlanScheduler;
import io.closewright.closeplan.scheduling.StepSpec;
import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A full {@link PlanScheduler#schedule} call (validation, topological sort, backward and forward
 * passes, the result) on a 12-step and a 1,000-step plan, beside a baseline: indexing the same
 * steps' keys in a {@link HashMap}, the least any scheduler resolving dependency keys must do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlanSchedulerBenchmark {

    private final PlanScheduler scheduler = new PlanScheduler(1_000);
    private BusinessCalendar calendar;
    private List<StepSpec> twelveSteps;
    private List<StepSpec> thousandSteps;
    private LocalDate twelveStepTarget;
    private LocalDate thousandStepTarget;

    @Setup
    public void plan() {
        calendar = BenchmarkPlans.calendar();
        twelveSteps = BenchmarkPlans.twelveSteps();
        thousandSteps = BenchmarkPlans.randomDag(1_000, 20261125L);
        twelveStepTarget = LocalDate.of(2027, 3, 31);
        thousandStepTarget = LocalDate.of(2029, 12, 31);
    }

    @Benchmark
    public PlanSchedule scheduleTwelveSteps() {
        return scheduler.schedule(twelveSteps, twelveStepTarget, BenchmarkPlans.TODAY, calendar, 2);
    }

    @Benchmark
    public PlanSchedule scheduleThousandSteps() {
        return scheduler.schedule(thousandSteps, thousandStepTarget, BenchmarkPlans.TODAY, calendar, 2);
    }

    @Benchmark
    public Map<String, Integer> baselineIndexTwelveKeys() {
        return indexKeys(twelveSteps);
    }

    @Benchmark
    public Map<String, Integer> baselineIndexThousandKeys() {
        return indexKeys(thousandSteps);
    }

    private static Map<String, Integer> indexKeys(List<StepSpec> steps) {
        Map<String, Integer> index = new HashMap<>(steps.size() * 2);
        for (int step = 0; step < steps.size(); step++) {
            index.put(steps.get(step).key(), step);
        }
        return index;
    }
}
