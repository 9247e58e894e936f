package io.closewright.closeplan.scheduling;

import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Turns the ordinals of {@link SchedulePasses} into a {@link PlanSchedule}. */
final class PlanScheduleAssembly {

    private final PlanGraph graph;
    private final List<StepSpec> steps;
    private final SchedulePasses passes;
    private final OrdinalDates dates;
    private final long todayOrdinal;
    private final long minSlack;
    private final boolean anyOpen;

    PlanScheduleAssembly(
            PlanGraph graph,
            List<StepSpec> steps,
            SchedulePasses passes,
            BusinessCalendar calendar,
            long todayOrdinal) {
        this.graph = graph;
        this.steps = steps;
        this.passes = passes;
        this.todayOrdinal = todayOrdinal;
        long least = Long.MAX_VALUE;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int step = 0; step < graph.size; step++) {
            if (!steps.get(step).done()) {
                least = Math.min(least, passes.dueDate[step] - passes.earliestFinish[step]);
            }
            first = Math.min(first, Math.min(passes.latestStart[step], passes.earliestStart[step]));
            last = Math.max(last, Math.max(passes.dueDate[step], passes.earliestFinish[step]));
        }
        this.minSlack = least;
        this.anyOpen = least != Long.MAX_VALUE;
        this.dates = new OrdinalDates(calendar, first, last);
    }

    PlanSchedule assemble(LocalDate target, int riskBufferDays) {
        int[] order = scheduleOrder();
        List<ScheduledStep> scheduled = new ArrayList<>(order.length);
        List<String> criticalPath = new ArrayList<>();
        for (int step : order) {
            ScheduledStep result = scheduledStep(step);
            scheduled.add(result);
            if (result.critical()) {
                criticalPath.add(result.key());
            }
        }
        LocalDate projected = projectedCloseDate();
        boolean feasible = !projected.isAfter(target);
        Integer minSlackDays = anyOpen ? Math.toIntExact(minSlack) : null;
        return new PlanSchedule(
                target,
                projected,
                feasible,
                projected,
                minSlackDays,
                status(feasible, riskBufferDays),
                progress(),
                Collections.unmodifiableList(criticalPath),
                Collections.unmodifiableList(scheduled));
    }

    private int[] scheduleOrder() {
        long first = Long.MAX_VALUE;
        for (long start : passes.earliestStart) {
            first = Math.min(first, start);
        }
        long[] sortKeys = new long[graph.size];
        for (int step = 0; step < graph.size; step++) {
            sortKeys[step] = (passes.earliestStart[step] - first) * graph.size + graph.topologicalIndex[step];
        }
        Arrays.sort(sortKeys);
        int[] order = new int[graph.size];
        for (int position = 0; position < graph.size; position++) {
            order[position] = graph.topologicalOrder[(int) (sortKeys[position] % graph.size)];
        }
        return order;
    }

    private ScheduledStep scheduledStep(int step) {
        StepSpec spec = steps.get(step);
        LocalDate latestStart = dates.at(passes.latestStart[step]);
        LocalDate due = dates.at(passes.dueDate[step]);
        LocalDate earliestStart = dates.at(passes.earliestStart[step]);
        if (spec.done()) {
            return new ScheduledStep(
                    spec.key(),
                    spec.title(),
                    spec.owner(),
                    spec.durationDays(),
                    spec.dependsOn(),
                    latestStart,
                    due,
                    earliestStart,
                    spec.doneOn(),
                    null,
                    false,
                    false,
                    StepStatus.DONE,
                    spec.doneOn());
        }
        long slack = passes.dueDate[step] - passes.earliestFinish[step];
        return new ScheduledStep(
                spec.key(),
                spec.title(),
                spec.owner(),
                spec.durationDays(),
                spec.dependsOn(),
                latestStart,
                due,
                earliestStart,
                dates.at(passes.earliestFinish[step]),
                Math.toIntExact(slack),
                slack == minSlack,
                passes.dueDate[step] < todayOrdinal,
                StepStatus.OPEN,
                null);
    }

    private LocalDate projectedCloseDate() {
        long latestOpenFinish = Long.MIN_VALUE;
        LocalDate latestDone = null;
        for (int step = 0; step < graph.size; step++) {
            StepSpec spec = steps.get(step);
            if (!spec.done()) {
                latestOpenFinish = Math.max(latestOpenFinish, passes.earliestFinish[step]);
            } else if (latestDone == null || spec.doneOn().isAfter(latestDone)) {
                latestDone = spec.doneOn();
            }
        }
        LocalDate openFinish = anyOpen ? dates.at(latestOpenFinish) : null;
        if (openFinish == null || (latestDone != null && latestDone.isAfter(openFinish))) {
            return latestDone;
        }
        return openFinish;
    }

    private ScheduleStatus status(boolean feasible, int riskBufferDays) {
        if (!feasible) {
            return ScheduleStatus.OFF_TRACK;
        }
        return anyOpen && minSlack < riskBufferDays ? ScheduleStatus.AT_RISK : ScheduleStatus.ON_TRACK;
    }

    private double progress() {
        long done = 0;
        long total = 0;
        for (StepSpec spec : steps) {
            total += spec.durationDays();
            if (spec.done()) {
                done += spec.durationDays();
            }
        }
        return (double) done / total;
    }
}
