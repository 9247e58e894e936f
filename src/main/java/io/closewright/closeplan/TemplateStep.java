package io.closewright.closeplan;

import org.springframework.data.relational.core.mapping.Table;

/** One step of a plan template. */
@Table("plan_template_step")
class TemplateStep extends StepColumns {

    static TemplateStep of(StepDraft draft) {
        TemplateStep step = new TemplateStep();
        step.fill(draft);
        return step;
    }

    StepDraft draft() {
        return draft(null);
    }
}
