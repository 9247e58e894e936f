package io.closewright.closeplan;

import io.closewright.closeplan.scheduling.StepOwner;
import io.closewright.closeplan.scheduling.StepSpec;
import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One step of a deal's plan as stored: the draft plus the day it was done, if it is. */
@Table("plan_step")
class StoredStep {

    @Column("step_key")
    String key;

    String title;
    StepOwner owner;
    int durationDays;
    String dependsOn;
    String involves;
    Long assigneeContactId;
    LocalDate doneOn;

    static StoredStep of(StepDraft draft) {
        StoredStep step = new StoredStep();
        step.key = draft.key().trim();
        step.title = draft.title().trim();
        step.owner = draft.owner();
        step.durationDays = draft.durationDays();
        step.dependsOn = Lists.join(draft.dependsOn().stream().map(String::trim).toList());
        step.involves = Lists.join(draft.involves());
        step.assigneeContactId = draft.assigneeContactId();
        return step;
    }

    StepSpec spec() {
        return new StepSpec(key, title, owner, durationDays, Lists.keys(dependsOn), doneOn);
    }

    StepDraft draft() {
        return new StepDraft(
                key, title, owner, durationDays, Lists.keys(dependsOn), Lists.roles(involves), assigneeContactId);
    }
}
