package io.closewright.closeplan;

import io.closewright.account.ContactRole;
import io.closewright.closeplan.scheduling.StepOwner;
import io.closewright.shared.web.Form;
import io.closewright.shared.web.FormValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.util.MultiValueMap;

/**
 * The form of one step, on the deal page and in the template editor: {@code key}, {@code title},
 * {@code owner}, {@code durationDays}, {@code dependsOn} and {@code involves} (several values, kept
 * comma-separated) and {@code assigneeContactId}. Parsing records problems in the form's errors.
 */
public final class StepForm {

    private StepForm() {}

    static Form of(StepDraft step) {
        return Form.empty()
                .with("key", step.key())
                .with("title", step.title())
                .with("owner", step.owner())
                .with("durationDays", step.durationDays())
                .with("dependsOn", Lists.join(step.dependsOn()))
                .with("involves", Lists.join(step.involves()))
                .with("assigneeContactId", step.assigneeContactId());
    }

    static Form of(PlanStepView step) {
        return of(PlanEdits.draft(step));
    }

    static Form blank() {
        return Form.empty().with("owner", StepOwner.SELLER).with("durationDays", 3);
    }

    /** The step fields posted under {@code prefix} (empty, or {@code steps[2].}), other fields as they are. */
    static Form posted(MultiValueMap<String, String> params, String prefix) {
        Form form = Form.posted(params.toSingleValueMap());
        for (String field : List.of("key", "title", "owner", "durationDays", "assigneeContactId")) {
            form.with(field, params.getFirst(prefix + field));
        }
        form.with("dependsOn", joined(params.get(prefix + "dependsOn")));
        form.with("involves", joined(params.get(prefix + "involves")));
        return form;
    }

    /** The step the form describes; problems of the form's own parsing go to its errors. */
    static StepDraft draft(Form form) {
        StepOwner owner = FormValues.choice(StepOwner.class, form.text("owner"), "owner", form.errors());
        Integer days = FormValues.integer(form.text("durationDays"), "durationDays", form.errors());
        if (days == null && !form.errors().has("durationDays")) {
            form.errors().add("durationDays", "enter the working days it takes, 1 to 250");
        }
        List<ContactRole> roles = new ArrayList<>();
        for (String role : Lists.keys(form.text("involves"))) {
            ContactRole r = FormValues.choice(ContactRole.class, role, "involves", form.errors());
            if (r != null) {
                roles.add(r);
            }
        }
        Long assignee = FormValues.id(form.text("assigneeContactId"), "assigneeContactId", form.errors());
        return new StepDraft(
                form.text("key"),
                form.text("title"),
                owner,
                days == null ? 0 : days,
                Lists.keys(form.text("dependsOn")),
                roles,
                assignee);
    }

    /** Whether a several-valued field of the form holds {@code value}. */
    public static boolean chosen(Form form, String field, Object value) {
        return value != null && Lists.keys(form.value(field)).contains(value.toString());
    }

    private static String joined(List<String> values) {
        if (values == null) {
            return "";
        }
        return String.join(
                ",",
                values.stream()
                        .flatMap(v -> Arrays.stream(v.split(",")))
                        .map(String::trim)
                        .filter(v -> !v.isEmpty())
                        .distinct()
                        .toList());
    }
}
