package io.closewright.closeplan;

import io.closewright.closeplan.scheduling.StepOwner;
import org.springframework.data.relational.core.mapping.Column;

/**
 * The columns a plan step and a template step share, and how a {@link StepDraft} fills them: keys and
 * roles are kept as comma-separated text (see {@link Lists}).
 */
abstract class StepColumns {

    @Column("step_key")
    String key;

    String title;
    StepOwner owner;
    int durationDays;
    String dependsOn;
    String involves;

    void fill(StepDraft draft) {
        key = draft.key().trim();
        title = draft.title().trim();
        owner = draft.owner();
        durationDays = draft.durationDays();
        dependsOn = Lists.join(draft.dependsOn().stream().map(String::trim).toList());
        involves = Lists.join(draft.involves());
    }

    StepDraft draft(Long assigneeContactId) {
        return new StepDraft(
                key, title, owner, durationDays, Lists.keys(dependsOn), Lists.roles(involves), assigneeContactId);
    }
}
