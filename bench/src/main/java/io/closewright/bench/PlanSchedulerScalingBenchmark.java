package io.closewright.bench;

import io.closewright.closeplan.scheduling.PlanSchedule;
import io.closewright.closeplan.scheduling.PlanScheduler;
import io.closewright.closeplan.scheduling.StepSpec;
import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The schedule call on random plans of growing size, to see that time grows linearly with it. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlanSchedulerScalingBenchmark {

    @Param({"250", "1000", "4000"})
    public int steps;

    private PlanScheduler scheduler;
    private BusinessCalendar calendar;
    private List<StepSpec> plan;

    @Setup
    public void plan() {
        scheduler = new PlanScheduler(steps);
        calendar = BenchmarkPlans.calendar();
        plan = BenchmarkPlans.randomDag(steps, 20261125L);
    }

    @Benchmark
    public PlanSchedule scheduleRandomPlan() {
        return scheduler.schedule(plan, LocalDate.of(2029, 12, 31), BenchmarkPlans.TODAY, calendar, 2);
    }
}
