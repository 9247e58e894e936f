package io.closewright.shared.calendar;

import java.time.DayOfWeek;
import java.util.Set;

/**
 * The workdays of a week as arithmetic: converts between epoch days and the number of workdays
 * before them, holidays ignored, without walking day by day.
 *
 * <p>Plain ranks count workdays from Monday 1969-12-29 (epoch day -3): the plain rank of a day is
 * the number of workdays strictly before it, negative before that Monday.
 */
final class WeekPattern {

    private static final int MONDAY_EPOCH_DAY = -3;

    private final boolean[] workday = new boolean[7];
    private final int[] workdaysBefore = new int[8];
    private final int[] workdayOfWeek;
    private final int workdaysPerWeek;

    WeekPattern(Set<DayOfWeek> workdays) {
        if (workdays.isEmpty()) {
            throw new IllegalArgumentException("A calendar needs at least one workday");
        }
        workdaysPerWeek = workdays.size();
        workdayOfWeek = new int[workdaysPerWeek];
        int count = 0;
        for (int day = 0; day < 7; day++) {
            workdaysBefore[day] = count;
            if (workdays.contains(DayOfWeek.of(day + 1))) {
                workday[day] = true;
                workdayOfWeek[count++] = day;
            }
        }
        workdaysBefore[7] = count;
    }

    boolean isWorkday(long epochDay) {
        return workday[(int) Math.floorMod(epochDay - MONDAY_EPOCH_DAY, 7L)];
    }

    /** The number of workdays strictly before {@code epochDay}, counted from the origin Monday. */
    long plainRank(long epochDay) {
        long sinceMonday = epochDay - MONDAY_EPOCH_DAY;
        long week = Math.floorDiv(sinceMonday, 7L);
        int day = (int) Math.floorMod(sinceMonday, 7L);
        return week * workdaysPerWeek + workdaysBefore[day];
    }

    /** The epoch day of the workday whose plain rank is {@code rank}. */
    long epochDayOfPlainRank(long rank) {
        long week = Math.floorDiv(rank, (long) workdaysPerWeek);
        int index = (int) Math.floorMod(rank, (long) workdaysPerWeek);
        return week * 7 + workdayOfWeek[index] + MONDAY_EPOCH_DAY;
    }
}
