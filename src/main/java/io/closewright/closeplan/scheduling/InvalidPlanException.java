package io.closewright.closeplan.scheduling;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a plan cannot be scheduled; carries every problem found, at least one. */
public class InvalidPlanException extends RuntimeException {

    private final List<PlanProblem> problems;

    public InvalidPlanException(List<PlanProblem> problems) {
        super(problems.stream()
                .map(problem -> problem.field() + ": " + problem.message())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** The problems in the order of the plan's steps, then the cycle if any; unmodifiable. */
    public List<PlanProblem> problems() {
        return problems;
    }
}
