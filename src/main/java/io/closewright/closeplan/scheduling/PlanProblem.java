package io.closewright.closeplan.scheduling;

/**
 * One reason a plan is refused.
 *
 * @param field where the problem is, as a path into the submitted plan such as {@code steps},
 *     {@code steps[3].durationDays} or {@code steps[1].dependsOn[0]} (indexes from 0)
 * @param message what is wrong, for people
 */
public record PlanProblem(String field, String message) {}
