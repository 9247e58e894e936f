package io.closewright.checkup;

import io.closewright.shared.FieldProblem;
import io.closewright.shared.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A checkup to record: the day it was held (today or earlier), the step it served (optional), the
 * problem, the solution and notes. Blank texts count as absent; texts are trimmed.
 */
public record NewCheckup(String stepKey, LocalDate heldOn, String problem, String solution, String notes) {

    public NewCheckup {
        stepKey = Texts.trimmed(stepKey);
        problem = Texts.trimmed(problem);
        solution = Texts.trimmed(solution);
        notes = Texts.trimmed(notes);
    }

    /** Refuses a missing or future date and texts that are too long, naming each field at fault. */
    void check(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (heldOn == null) {
            problems.add(new FieldProblem("heldOn", "say when the checkup was held"));
        } else if (heldOn.isAfter(today)) {
            problems.add(new FieldProblem("heldOn", "must be today or earlier: record a checkup once it was held"));
        } else if (heldOn.isBefore(today.minusYears(1))) {
            problems.add(new FieldProblem("heldOn", "must be within the last year"));
        }
        Texts.checkLength(problem, "problem", 2000, problems);
        Texts.checkLength(solution, "solution", 2000, problems);
        Texts.checkLength(notes, "notes", 4000, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
    }
}
