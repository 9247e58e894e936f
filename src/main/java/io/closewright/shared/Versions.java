package io.closewright.shared;

/** Reads the version a client says it is changing, from an {@code If-Match} header or a form field. */
public final class Versions {

    private Versions() {}

    /**
     * Parses {@code "3"}, {@code W/"3"} or {@code 3}.
     *
     * @throws RuleViolationException when the value is not a version number
     */
    public static long parse(String ifMatch) {
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "").trim();
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new RuleViolationException("If-Match", "If-Match must carry the version, for example \"3\"");
        }
    }

    /**
     * The version in a required {@code If-Match} header.
     *
     * @throws Preconditions.PreconditionRequiredException when the header is missing (428)
     */
    public static long required(String ifMatch) {
        return parse(Preconditions.requireIfMatch(ifMatch));
    }

    /** The version in an optional {@code If-Match} header, or null without one. */
    public static Long optional(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : parse(ifMatch);
    }

    /** Throws {@link StaleVersionException} unless {@code expected} equals {@code current}. */
    public static void check(String what, long expected, long current) {
        if (expected != current) {
            throw new StaleVersionException(what, current);
        }
    }
}
