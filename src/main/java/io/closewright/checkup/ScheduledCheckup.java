package io.closewright.checkup;

import io.closewright.closeplan.scheduling.StepOwner;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The checkup of one open plan step, computed from the plan as it stands today, so it moves when the
 * plan is re-dated and is gone once the step is done.
 *
 * @param plannedOn the step's due date moved back the workspace's lead days (in working days)
 * @param scheduledOn {@code plannedOn}, or today's first working day when that is later: never in the past
 * @param workingDaysAway working days from today to {@code scheduledOn}
 * @param overdue whether {@code plannedOn} has passed and no checkup was held for the step
 * @param heldOn the last day a checkup was held for this step, or null
 * @param preparedProblem the problem the rep expects, when prepared
 * @param preparedSolution the solution the rep will bring, when prepared
 */
public record ScheduledCheckup(
        long opportunityId,
        String stepKey,
        String stepTitle,
        StepOwner stepOwner,
        LocalDate stepDueDate,
        LocalDate plannedOn,
        LocalDate scheduledOn,
        long workingDaysAway,
        boolean overdue,
        @Nullable LocalDate heldOn,
        @Nullable String preparedProblem,
        @Nullable String preparedSolution) {

    public boolean held() {
        return heldOn != null;
    }

    public boolean prepared() {
        return preparedProblem != null || preparedSolution != null;
    }

    /** Whether the checkup still waits to be held and falls on {@code day} (overdue ones fall on today). */
    public boolean dueOn(LocalDate day) {
        return !held() && scheduledOn.equals(day);
    }

    ScheduledCheckup withHistory(LocalDate lastHeld, Preparation preparation) {
        boolean isHeld = lastHeld != null;
        return new ScheduledCheckup(
                opportunityId,
                stepKey,
                stepTitle,
                stepOwner,
                stepDueDate,
                plannedOn,
                scheduledOn,
                workingDaysAway,
                overdue && !isHeld,
                lastHeld,
                preparation == null ? null : preparation.problem(),
                preparation == null ? null : preparation.solution());
    }
}
