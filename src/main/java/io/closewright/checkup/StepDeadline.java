package io.closewright.checkup;

import io.closewright.closeplan.PlanStepView;
import io.closewright.closeplan.scheduling.StepOwner;
import java.time.LocalDate;

/** What the checkup schedule needs of a plan step: its key, title, side, due date and whether it is done. */
record StepDeadline(String key, String title, StepOwner owner, LocalDate dueDate, boolean done) {

    static StepDeadline of(PlanStepView step) {
        return new StepDeadline(step.key(), step.title(), step.owner(), step.dueDate(), step.done());
    }
}
