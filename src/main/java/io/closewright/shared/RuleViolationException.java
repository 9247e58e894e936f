package io.closewright.shared;

import java.util.List;

/**
 * Input that breaks a business rule (400). Carries the fields at fault so that forms can show the
 * message next to the field and the API can list them in {@code errors}.
 */
public class RuleViolationException extends RuntimeException {

    private final List<FieldProblem> problems;

    public RuleViolationException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public RuleViolationException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "Invalid input" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
