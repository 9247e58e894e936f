package io.closewright.ask;

import io.closewright.shared.FieldProblem;
import io.closewright.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.List;

/**
 * The two halves of an ask and the sentence they make: {@code If you <action>, it will get us to <outcome>.}
 * Both are required and non-blank; trailing full stops are dropped so the sentence reads once.
 */
public record AskText(String action, String outcome) {

    public static final int MAX = 300;

    public AskText {
        List<FieldProblem> problems = new ArrayList<>();
        action = clean(action, "action", "say what the prospect should do", problems);
        outcome = clean(outcome, "outcome", "say where it gets the deal: the value of the ask", problems);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
    }

    /** The ask as the prospect reads it. */
    public String sentence() {
        return "If you " + action + ", it will get us to " + outcome + ".";
    }

    private static String clean(String text, String field, String missing, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, missing));
            return text;
        }
        String t = text.strip().replaceAll("[.\\s]+$", "");
        if (t.length() > MAX) {
            problems.add(new FieldProblem(field, "must be at most " + MAX + " characters"));
        }
        return t;
    }
}
