package io.closewright.closeplan;

import io.closewright.closeplan.scheduling.StepOwner;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One step of a plan template. */
@Table("plan_template_step")
class TemplateStep {

    @Column("step_key")
    String key;

    String title;
    StepOwner owner;
    int durationDays;
    String dependsOn;
    String involves;

    static TemplateStep of(StepDraft draft) {
        TemplateStep step = new TemplateStep();
        step.key = draft.key().trim();
        step.title = draft.title().trim();
        step.owner = draft.owner();
        step.durationDays = draft.durationDays();
        step.dependsOn = Lists.join(draft.dependsOn().stream().map(String::trim).toList());
        step.involves = Lists.join(draft.involves());
        return step;
    }

    StepDraft draft() {
        return new StepDraft(key, title, owner, durationDays, Lists.keys(dependsOn), Lists.roles(involves), null);
    }
}
