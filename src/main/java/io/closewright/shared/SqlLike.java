package io.closewright.shared;

import java.util.Locale;

/**
 * LIKE patterns from what a user typed: {@code %}, {@code _} and the escape character match only
 * themselves. Statements must follow each {@code LIKE :param} with {@link #ESCAPE}.
 */
public final class SqlLike {

    /** The escape clause that goes after every {@code LIKE} bound to one of these patterns. */
    public static final String ESCAPE = " ESCAPE '\\'";

    private SqlLike() {}

    /** The lower-cased text with its wildcards escaped, to build a pattern from. */
    public static String escaped(String text) {
        return text.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
    }

    /** A pattern matching values that contain the text, ignoring case when compared to a lower-cased column. */
    public static String contains(String text) {
        return "%" + escaped(text) + "%";
    }
}
