package io.closewright.shared.web;

import io.closewright.shared.FieldProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The problems of one submitted form, by field, so that a template can mark each input
 * ({@code is-invalid}) and show the message under it; problems of fields the form does not show are
 * listed on top of it.
 */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public static FormErrors of(List<FieldProblem> problems) {
        FormErrors errors = new FormErrors();
        problems.forEach(p -> errors.add(p.field(), p.message()));
        return errors;
    }

    /** Adds a problem with a field; the first problem of a field wins. */
    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, sentence(message));
        return this;
    }

    /** Adds a problem that belongs to the whole form. */
    public FormErrors addGeneral(String message) {
        general.add(sentence(message));
        return this;
    }

    public FormErrors addAll(List<FieldProblem> problems) {
        problems.forEach(p -> add(p.field(), p.message()));
        return this;
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    /** {@code " is-invalid"} for a field with a problem, else empty: append it to the input's classes. */
    public String cls(String field) {
        return has(field) ? " is-invalid" : "";
    }

    /** The form-wide problems and those of fields not among {@code shown}. */
    public List<String> unplaced(String... shown) {
        Set<String> placed = Set.of(shown);
        List<String> messages = new ArrayList<>(general);
        byField.forEach((field, message) -> {
            if (!placed.contains(field)) {
                messages.add(Formats.label(field) + ": " + message);
            }
        });
        return messages;
    }

    private static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "Invalid value";
        }
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
