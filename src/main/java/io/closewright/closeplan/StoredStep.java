package io.closewright.closeplan;

import io.closewright.closeplan.scheduling.StepSpec;
import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** One step of a deal's plan as stored: the draft plus the day it was done, if it is. */
@Table("plan_step")
class StoredStep extends StepColumns {

    Long assigneeContactId;
    LocalDate doneOn;

    static StoredStep of(StepDraft draft) {
        StoredStep step = new StoredStep();
        step.fill(draft);
        step.assigneeContactId = draft.assigneeContactId();
        return step;
    }

    StepSpec spec() {
        return new StepSpec(key, title, owner, durationDays, Lists.keys(dependsOn), doneOn);
    }

    StepDraft draft() {
        return draft(assigneeContactId);
    }
}
