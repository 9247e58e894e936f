package io.closewright.nurture;

import io.closewright.shared.FieldProblem;
import io.closewright.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What makes a campaign valid: a name of up to 120 characters, 1 to 20 steps, each sent 0 to 365 days
 * after enrolment with a subject (up to 200) and a body (up to 8,000), using only known placeholders.
 * Problems name the field: {@code name}, {@code steps}, {@code steps[1].afterDays}.
 */
final class CampaignRules {

    static final int MAX_STEPS = 20;
    static final int MAX_DAYS = 365;

    private CampaignRules() {}

    /** @throws RuleViolationException listing every problem found */
    static void check(String name, List<CampaignStep> steps) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", "give the campaign a name"));
        } else if (name.trim().length() > 120) {
            problems.add(new FieldProblem("name", "must be at most 120 characters"));
        }
        if (steps == null || steps.isEmpty()) {
            problems.add(new FieldProblem("steps", "add at least one email"));
        } else if (steps.size() > MAX_STEPS) {
            problems.add(new FieldProblem("steps", "at most " + MAX_STEPS + " emails"));
        } else {
            for (int i = 0; i < steps.size(); i++) {
                step(i, steps.get(i), problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
    }

    private static void step(int i, CampaignStep step, List<FieldProblem> problems) {
        String at = "steps[" + i + "].";
        if (step == null) {
            problems.add(new FieldProblem("steps[" + i + "]", "must not be empty"));
            return;
        }
        if (step.afterDays() < 0 || step.afterDays() > MAX_DAYS) {
            problems.add(new FieldProblem(at + "afterDays", "must be between 0 and " + MAX_DAYS + " days"));
        }
        text(at + "subject", step.subject(), 200, "write a subject", problems);
        text(at + "body", step.body(), 8000, "write the email", problems);
    }

    private static void text(String field, String value, int max, String blank, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, blank));
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
        } else {
            Set<String> unknown = DripText.unknown(value);
            if (!unknown.isEmpty()) {
                problems.add(new FieldProblem(
                        field,
                        "unknown placeholder {{" + String.join("}}, {{", unknown) + "}}; use "
                                + String.join(", ", DripText.PLACEHOLDERS.keySet())));
            }
        }
    }
}
