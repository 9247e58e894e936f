package io.closewright.checkup;

import java.time.LocalDate;

/**
 * How good a held checkup was, one point per criterion: held before the deadline it serves, naming a
 * concrete problem, bringing a solution. A checkup with neither problem nor solution is "just checking
 * in": nagging, not help.
 *
 * @param score 0 to 3, the number of criteria met
 */
public record CheckupQuality(
        boolean beforeDeadline, boolean problemIdentified, boolean solutionReady, int score, boolean justCheckingIn) {

    /**
     * Judges a checkup held on {@code heldOn} for a step (or deal) due on {@code deadline}; without a
     * deadline it cannot be before one.
     */
    public static CheckupQuality judge(LocalDate heldOn, LocalDate deadline, String problem, String solution) {
        boolean before = deadline != null && heldOn.isBefore(deadline);
        boolean hasProblem = problem != null && !problem.isBlank();
        boolean hasSolution = solution != null && !solution.isBlank();
        int score = (before ? 1 : 0) + (hasProblem ? 1 : 0) + (hasSolution ? 1 : 0);
        return new CheckupQuality(before, hasProblem, hasSolution, score, !hasProblem && !hasSolution);
    }
}
