package io.closewright.forecast.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;

/**
 * The workspace's history of close-date slips, in calendar days (0 for a deal that closed without a
 * push). A slip for an open deal is drawn from this list with equal weight per past deal; an empty
 * history means no slips.
 */
public final class SlipHistory {

    private final int[] sortedDays;

    private SlipHistory(int[] sortedDays) {
        this.sortedDays = sortedDays;
    }

    public static SlipHistory of(Collection<Integer> slipDays) {
        int[] days = slipDays.stream().mapToInt(Integer::intValue).sorted().toArray();
        if (days.length > 0 && days[0] < 0) {
            throw new IllegalArgumentException("slips are pushes: never negative");
        }
        return new SlipHistory(days);
    }

    public static SlipHistory none() {
        return new SlipHistory(new int[0]);
    }

    public int size() {
        return sortedDays.length;
    }

    /** The share of slips (0 to 1) that move a deal expected on {@code expected} into {@code period}. */
    public double chanceWithin(LocalDate expected, Period period) {
        long from = ChronoUnit.DAYS.between(expected, period.start());
        long to = ChronoUnit.DAYS.between(expected, period.end());
        if (sortedDays.length == 0) {
            return from <= 0 && to >= 0 ? 1 : 0;
        }
        if (to < 0) {
            return 0;
        }
        int lo = firstAtLeast(Math.max(from, 0));
        int hi = firstAtLeast(to + 1);
        return (double) (hi - lo) / sortedDays.length;
    }

    /** The mean slip in days, 0 without history. */
    public double meanDays() {
        return sortedDays.length == 0 ? 0 : Arrays.stream(sortedDays).average().orElse(0);
    }

    private int firstAtLeast(long value) {
        int lo = 0;
        int hi = sortedDays.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedDays[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
