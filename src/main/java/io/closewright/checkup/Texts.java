package io.closewright.checkup;

import io.closewright.shared.FieldProblem;
import java.util.List;

/** Trimming and length rules for the free texts of checkups and blockers. */
final class Texts {

    private Texts() {}

    /** The text trimmed, or null when blank. */
    static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static void checkLength(String text, String field, int max, List<FieldProblem> problems) {
        if (text != null && text.length() > max) {
            problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
        }
    }
}
