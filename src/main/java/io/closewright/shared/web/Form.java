package io.closewright.shared.web;

import java.util.HashMap;
import java.util.Map;

/**
 * A form as the user filled it in: the typed text of each field (kept when the form comes back with
 * problems) and the problems found so far.
 */
public final class Form {

    private final Map<String, String> values;
    private final FormErrors errors;

    private Form(Map<String, String> values, FormErrors errors) {
        this.values = values;
        this.errors = errors;
    }

    /** A form filled in with what was posted. */
    public static Form posted(Map<String, String> params) {
        Map<String, String> copy = new HashMap<>(params);
        copy.remove("_csrf");
        return new Form(copy, FormErrors.none());
    }

    /** A blank form, to be prefilled with {@link #with}. */
    public static Form empty() {
        return new Form(new HashMap<>(), FormErrors.none());
    }

    public Form with(String field, Object value) {
        values.put(field, value == null ? "" : value.toString());
        return this;
    }

    /** The typed text, or empty. */
    public String value(String field) {
        String value = values.get(field);
        return value == null ? "" : value;
    }

    /** The typed text trimmed, or null when blank. */
    public String text(String field) {
        String value = values.get(field);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public boolean is(String field, Object option) {
        return option != null && value(field).equals(option.toString());
    }

    /** Whether the comma-separated values of a multi-valued field (checkboxes) include {@code option}. */
    public boolean includes(String field, Object option) {
        return option != null
                && java.util.Arrays.asList(value(field).split(",")).contains(option.toString());
    }

    public boolean checked(String field) {
        String value = value(field);
        return "on".equals(value) || "true".equals(value);
    }

    public FormErrors errors() {
        return errors;
    }

    public boolean hasErrors() {
        return errors.any();
    }
}
