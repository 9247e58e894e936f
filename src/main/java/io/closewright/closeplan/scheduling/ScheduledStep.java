package io.closewright.closeplan.scheduling;

import java.time.LocalDate;
import java.util.List;

/**
 * One step of a {@link PlanSchedule}. All dates are working days except {@code earliestFinish} and
 * {@code doneOn} of a done step, which are the day it was done.
 *
 * @param latestStart the day the step must start for the plan to close on the target date
 * @param dueDate the day the step must finish for the plan to close on the target date
 * @param earliestStart open: the first day the step can start; done: {@code doneOn}, or the last
 *     working day before it when it is not one, moved back {@code durationDays - 1} working days
 * @param earliestFinish open: the first day the step can finish; done: {@code doneOn}
 * @param slackDays open: signed working days from {@code earliestFinish} to {@code dueDate},
 *     negative when late; done: null
 * @param critical open with the least slack of the plan; never for a done step
 * @param overdue open with {@code dueDate} before today; never for a done step
 * @param doneOn the day the step was done, null while open
 */
public record ScheduledStep(
        String key,
        String title,
        StepOwner owner,
        int durationDays,
        List<String> dependsOn,
        LocalDate latestStart,
        LocalDate dueDate,
        LocalDate earliestStart,
        LocalDate earliestFinish,
        Integer slackDays,
        boolean critical,
        boolean overdue,
        StepStatus status,
        LocalDate doneOn) {}
