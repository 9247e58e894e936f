package io.closewright.closeplan;

import io.closewright.account.ContactRole;
import io.closewright.closeplan.scheduling.StepOwner;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** JSON bodies of the plan API. */
final class PlanBodies {

    private PlanBodies() {}

    record Step(
            @Size(max = 60) String key,
            @Size(max = 200) String title,
            StepOwner owner,
            Integer durationDays,
            @Size(max = 500) List<@Size(max = 60) String> dependsOn,
            @Size(max = 20) List<ContactRole> involves,
            Long assigneeContactId) {

        StepDraft draft() {
            return new StepDraft(
                    key, title, owner, durationDays == null ? 0 : durationDays, dependsOn, involves, assigneeContactId);
        }
    }

    static List<StepDraft> drafts(List<Step> steps) {
        return steps == null
                ? null
                : steps.stream().map(s -> s == null ? null : s.draft()).toList();
    }

    record PlanBody(
            @Size(max = 60) String templateId,
            @Valid @Size(max = 501) List<Step> steps) {}

    record PreviewBody(
            LocalDate closeDate,
            @Size(max = 60) String templateId,
            @Valid @Size(max = 501) List<Step> steps) {}

    record DoneBody(LocalDate doneOn) {}

    record TemplateBody(
            @Size(max = 60) String id,
            @Size(max = 200) String name,
            @Size(max = 1000) String description,
            @Size(max = 40) String stage,
            @Valid @Size(max = 501) List<Step> steps) {}
}
