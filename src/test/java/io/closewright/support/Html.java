package io.closewright.support;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads form state out of rendered HTML, so page tests can assert which field was refused and why. */
public final class Html {

    private static final Pattern CONTROL =
            Pattern.compile("<(input|textarea|select)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("\\sname=\"([^\"]*)\"");
    private static final Pattern CLASS = Pattern.compile("\\sclass=\"([^\"]*)\"");
    private static final Pattern FEEDBACK = Pattern.compile("<div class=\"invalid-feedback\"[^>]*>([^<]*)</div>");

    private Html() {}

    /** The names of the form controls marked invalid ({@code is-invalid}), in page order. */
    public static Set<String> invalidFields(String html) {
        Set<String> names = new LinkedHashSet<>();
        Matcher control = CONTROL.matcher(html);
        while (control.find()) {
            String tag = control.group();
            Matcher name = NAME.matcher(tag);
            if (isInvalid(tag) && name.find()) {
                names.add(name.group(1));
            }
        }
        return names;
    }

    /**
     * The message shown with a refused field: the first {@code invalid-feedback} after the control of that
     * name marked invalid, before the next control.
     */
    public static Optional<String> feedback(String html, String field) {
        Matcher control = CONTROL.matcher(html);
        while (control.find()) {
            Matcher name = NAME.matcher(control.group());
            if (name.find() && name.group(1).equals(field) && isInvalid(control.group())) {
                int from = control.end();
                Matcher next = CONTROL.matcher(html);
                int until = next.find(from) ? next.start() : html.length();
                Matcher message = FEEDBACK.matcher(html).region(from, until);
                return message.find() ? Optional.of(message.group(1).trim()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean isInvalid(String tag) {
        Matcher cls = CLASS.matcher(tag);
        return cls.find() && (" " + cls.group(1) + " ").contains(" is-invalid ");
    }
}
