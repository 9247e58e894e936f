package io.closewright.shared.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Parses what a user typed into a form, recording a problem for the field instead of failing, so the
 * form can come back with every message at once and with the typed text kept.
 */
public final class FormValues {

    private FormValues() {}

    /** A money amount such as {@code 12500}, {@code 12,500.50} or {@code $12,500}; null when blank. */
    public static BigDecimal amount(String text, String field, FormErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = text.replaceAll("[\\s,$€£¥]", "");
        try {
            return new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            errors.add(field, "must be an amount such as 12500 or 12500.50");
            return null;
        }
    }

    /** A date as a date input sends it ({@code 2026-12-08}); null when blank. */
    public static LocalDate date(String text, String field, FormErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(field, "must be a date");
            return null;
        }
    }

    /** A whole number; null when blank. */
    public static Integer integer(String text, String field, FormErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            errors.add(field, "must be a whole number");
            return null;
        }
    }

    /** An id chosen in a select; null when blank. */
    public static Long id(String text, String field, FormErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            errors.add(field, "is not a valid choice");
            return null;
        }
    }

    /** A constant of {@code type} chosen in a select; null when blank. */
    public static <E extends Enum<E>> E choice(Class<E> type, String text, String field, FormErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException e) {
            errors.add(field, "is not a valid choice");
            return null;
        }
    }

    public static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
