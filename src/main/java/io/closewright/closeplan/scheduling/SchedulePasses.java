package io.closewright.closeplan.scheduling;

import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.List;

/**
 * The backward and forward passes over a valid plan, in working-day ordinals of the calendar
 * (see {@link BusinessCalendar#ordinal(LocalDate)}), so each pass is plain integer arithmetic in
 * time linear in steps plus dependencies.
 */
final class SchedulePasses {

    final long[] latestStart;
    final long[] dueDate;
    final long[] earliestStart;
    final long[] earliestFinish;
    private final PlanGraph graph;
    private final List<StepSpec> steps;

    SchedulePasses(PlanGraph graph, List<StepSpec> steps) {
        this.graph = graph;
        this.steps = steps;
        this.latestStart = new long[graph.size];
        this.dueDate = new long[graph.size];
        this.earliestStart = new long[graph.size];
        this.earliestFinish = new long[graph.size];
    }

    /**
     * Sinks are due on {@code targetOrdinal}, every other step the working day before the earliest
     * latest start of its successors; a step's latest start is its due date moved back its
     * duration less one.
     */
    void backward(long targetOrdinal) {
        int[] order = graph.topologicalOrder;
        for (int position = order.length - 1; position >= 0; position--) {
            int step = order[position];
            long due = targetOrdinal;
            for (int edge = graph.successorStart[step]; edge < graph.successorStart[step + 1]; edge++) {
                due = Math.min(due, latestStart[graph.successors[edge]] - 1);
            }
            dueDate[step] = graph.isSink(step) ? targetOrdinal : due;
            latestStart[step] = dueDate[step] - (steps.get(step).durationDays() - 1);
        }
    }

    /**
     * A done step finishes on its {@code doneOn} (the working day before, when that is not one);
     * an open step starts on the latest of {@code todayOrdinal} and the working day after each
     * predecessor's finish, and finishes its duration less one working days later.
     */
    void forward(long todayOrdinal, BusinessCalendar calendar) {
        for (int step : graph.topologicalOrder) {
            StepSpec spec = steps.get(step);
            int span = spec.durationDays() - 1;
            if (spec.done()) {
                earliestFinish[step] = finishOrdinal(spec.doneOn(), calendar);
                earliestStart[step] = earliestFinish[step] - span;
            } else {
                long start = todayOrdinal;
                for (int edge = graph.predecessorStart[step]; edge < graph.predecessorStart[step + 1]; edge++) {
                    start = Math.max(start, earliestFinish[graph.predecessors[edge]] + 1);
                }
                earliestStart[step] = start;
                earliestFinish[step] = start + span;
            }
        }
    }

    private static long finishOrdinal(LocalDate doneOn, BusinessCalendar calendar) {
        long ordinal = calendar.ordinal(doneOn);
        return calendar.isWorkingDay(doneOn) ? ordinal : ordinal - 1;
    }
}
