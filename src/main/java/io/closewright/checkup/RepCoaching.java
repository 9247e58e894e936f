package io.closewright.checkup;

import java.util.Map;

/**
 * One rep's checkup habits over a window of days: how many checkups were held on their deals and which
 * share (0 to 1; 0 when none were held) was held before the deadline, named a problem, brought a
 * solution, or was just checking in; and their open blockers by age bucket ({@code 0-2}, {@code 3-5},
 * {@code 6-10}, {@code 11+} working days), with how many are over the workspace's limit.
 */
public record RepCoaching(
        long userId,
        String name,
        long held,
        double beforeDeadlineShare,
        double problemShare,
        double solutionShare,
        double justCheckingInShare,
        Map<String, Integer> openBlockersByAge,
        int flaggedBlockers) {

    public static final java.util.List<String> AGE_BUCKETS = java.util.List.of("0-2", "3-5", "6-10", "11+");

    public int openBlockers() {
        return openBlockersByAge.values().stream().mapToInt(Integer::intValue).sum();
    }
}
