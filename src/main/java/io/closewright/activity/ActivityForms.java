package io.closewright.activity;

import io.closewright.shared.web.Form;
import io.closewright.shared.web.FormValues;
import io.closewright.shared.web.Formats;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.util.MultiValueMap;

/**
 * The activity form of the pages: what the user typed (kept when the form comes back), turned into a
 * draft with a problem recorded per field. The time is a {@code datetime-local} value in the workspace's
 * time zone; a duration is dropped for notes and emails, whose form hides it.
 */
final class ActivityForms {

    private ActivityForms() {}

    /** A blank form: a call, now. */
    static Form blank(Formats fmt, Instant now, Long contactId) {
        return Form.empty()
                .with("type", ActivityType.CALL)
                .with("occurredAt", fmt.dateTimeInput(now))
                .with("contactIds", contactId == null ? "" : contactId.toString());
    }

    /** The form filled in from an activity, to edit it. */
    static Form of(ActivityView a, Formats fmt) {
        return Form.empty()
                .with("type", a.type())
                .with("subject", a.subject())
                .with("body", FormValues.orEmpty(a.body()))
                .with("outcome", FormValues.orEmpty(a.outcome()))
                .with("occurredAt", fmt.dateTimeInput(a.occurredAt()))
                .with("durationMinutes", FormValues.orEmpty(a.durationMinutes()))
                .with("contactIds", join(a.contactIds()))
                .with("version", a.version());
    }

    static Form posted(MultiValueMap<String, String> params) {
        Form form = Form.posted(params.toSingleValueMap());
        List<String> contacts = params.getOrDefault("contactIds", List.of());
        return form.with("contactIds", String.join(",", contacts));
    }

    /** The draft the form describes; problems go to the form's errors. */
    static ActivityDraft draft(Form form, ZoneId zone) {
        ActivityType type = FormValues.choice(ActivityType.class, form.text("type"), "type", form.errors());
        Integer minutes = FormValues.integer(form.text("durationMinutes"), "durationMinutes", form.errors());
        return new ActivityDraft(
                type,
                form.text("subject"),
                form.text("body"),
                form.text("outcome"),
                instant(form, zone),
                type != null && type.timed() ? minutes : null,
                contactIds(form));
    }

    private static Instant instant(Form form, ZoneId zone) {
        String text = form.text("occurredAt");
        if (text == null) {
            form.errors().add("occurredAt", "say when it happened");
            return null;
        }
        try {
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            form.errors().add("occurredAt", "must be a date and time");
            return null;
        }
    }

    private static List<Long> contactIds(Form form) {
        List<Long> ids = new ArrayList<>();
        for (String id : form.value("contactIds").split(",")) {
            Long parsed = FormValues.id(id, "contactIds", form.errors());
            if (parsed != null) {
                ids.add(parsed);
            }
        }
        return ids;
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
