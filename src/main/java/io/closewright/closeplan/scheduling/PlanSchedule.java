package io.closewright.closeplan.scheduling;

import java.time.LocalDate;
import java.util.List;

/**
 * A close plan scheduled against a target close date: the plan worked backwards from the target
 * (each step's {@code latestStart} and {@code dueDate}) and projected forwards from today (each
 * step's {@code earliestStart} and {@code earliestFinish}). Made by {@link PlanScheduler}.
 *
 * @param targetCloseDate the requested close date moved back to the last working day on or before it
 * @param projectedCloseDate the latest finish over all steps: the latest {@code earliestFinish} of
 *     the open steps and the latest {@code doneOn} of the done steps; with every step done, the
 *     latest {@code doneOn}
 * @param feasible whether {@code projectedCloseDate} is on or before {@code targetCloseDate}
 * @param earliestCloseDate the earliest date the deal can close if all remaining work starts today;
 *     equal to {@code projectedCloseDate}
 * @param minSlackDays the least {@code slackDays} of the open steps; null when every step is done
 * @param scheduleStatus {@code OFF_TRACK} when not feasible; {@code AT_RISK} when feasible but
 *     {@code minSlackDays} is below the risk buffer; otherwise {@code ON_TRACK}, which includes a
 *     plan done in time
 * @param progress the durations of the done steps over the durations of all steps, 0 to 1
 * @param criticalPath the keys of the critical steps in schedule order; empty when every step is done
 * @param steps every step in schedule order: by {@code earliestStart}, then topological order
 *     (predecessors first, otherwise the order of the plan's steps); unmodifiable
 */
public record PlanSchedule(
        LocalDate targetCloseDate,
        LocalDate projectedCloseDate,
        boolean feasible,
        LocalDate earliestCloseDate,
        Integer minSlackDays,
        ScheduleStatus scheduleStatus,
        double progress,
        List<String> criticalPath,
        List<ScheduledStep> steps) {

    /** The step with {@code key}. @throws IllegalArgumentException when there is none */
    public ScheduledStep step(String key) {
        for (ScheduledStep step : steps) {
            if (step.key().equals(key)) {
                return step;
            }
        }
        throw new IllegalArgumentException("No step with key " + key);
    }
}
