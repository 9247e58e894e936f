package io.closewright.closeplan;

import io.closewright.account.ContactRole;
import io.closewright.closeplan.scheduling.StepOwner;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A step as a user or a template writes it: key, title, the side that owns it, its duration in working
 * days, the keys it depends on, the stakeholder roles that must be involved, and optionally the buyer
 * contact it is assigned to.
 */
public record StepDraft(
        String key,
        String title,
        StepOwner owner,
        int durationDays,
        List<String> dependsOn,
        List<ContactRole> involves,
        @Nullable Long assigneeContactId) {

    public StepDraft {
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        involves = involves == null ? List.of() : List.copyOf(involves);
    }
}
