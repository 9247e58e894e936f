package io.closewright.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A workspace's business calendar: its workdays of the week and its holidays. A <em>working day</em>
 * is a workday that is not a holiday.
 *
 * <p>Immutable and thread-safe. Every method runs in time logarithmic in the number of holidays,
 * whatever the distance between the dates involved: the calendar counts whole weeks arithmetically
 * and finds holidays by binary search.
 */
public final class BusinessCalendar {

    private static final Set<DayOfWeek> MONDAY_TO_FRIDAY =
            Collections.unmodifiableSet(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    private final Set<DayOfWeek> workdays;
    private final Set<LocalDate> holidays;
    private final WeekPattern week;
    private final long[] holidayRanks;
    private final long[] holidayRanksLessIndex;

    private BusinessCalendar(Set<DayOfWeek> workdays, Set<LocalDate> holidays) {
        this.workdays = Collections.unmodifiableSet(EnumSet.copyOf(workdays));
        this.holidays = Collections.unmodifiableSet(new TreeSet<>(holidays));
        this.week = new WeekPattern(this.workdays);
        this.holidayRanks = this.holidays.stream()
                .mapToLong(LocalDate::toEpochDay)
                .filter(week::isWorkday)
                .map(week::plainRank)
                .toArray();
        this.holidayRanksLessIndex = new long[holidayRanks.length];
        for (int i = 0; i < holidayRanks.length; i++) {
            holidayRanksLessIndex[i] = holidayRanks[i] - i;
        }
    }

    /**
     * A calendar with the given workdays and holidays.
     *
     * @throws IllegalArgumentException when {@code workdays} is empty
     * @throws NullPointerException when a set or one of its elements is null
     */
    public static BusinessCalendar of(Set<DayOfWeek> workdays, Set<LocalDate> holidays) {
        if (workdays.isEmpty()) {
            throw new IllegalArgumentException("A calendar needs at least one workday");
        }
        return new BusinessCalendar(workdays, holidays);
    }

    /** Monday to Friday with the given holidays. */
    public static BusinessCalendar mondayToFriday(Set<LocalDate> holidays) {
        return of(MONDAY_TO_FRIDAY, holidays);
    }

    /** Monday to Friday without holidays: the default calendar of a new workspace. */
    public static BusinessCalendar mondayToFriday() {
        return of(MONDAY_TO_FRIDAY, Set.of());
    }

    /** The workdays of the week, unmodifiable. */
    public Set<DayOfWeek> workdays() {
        return workdays;
    }

    /** The holidays in date order, unmodifiable; holidays on non-workdays included. */
    public Set<LocalDate> holidays() {
        return holidays;
    }

    /** Whether {@code date} is a workday that is not a holiday. */
    public boolean isWorkingDay(LocalDate date) {
        long epochDay = date.toEpochDay();
        return week.isWorkday(epochDay) && Arrays.binarySearch(holidayRanks, week.plainRank(epochDay)) < 0;
    }

    /** The first working day on or after {@code date}: {@code date} itself when it is one. */
    public LocalDate onOrAfter(LocalDate date) {
        return workingDayAt(ordinal(date));
    }

    /** The last working day on or before {@code date}: {@code date} itself when it is one. */
    public LocalDate onOrBefore(LocalDate date) {
        return isWorkingDay(date) ? date : workingDayAt(ordinal(date) - 1);
    }

    /**
     * The {@code n}th working day after {@code date} when {@code n > 0}, the {@code -n}th working
     * day before it when {@code n < 0}, and {@code date} itself, working day or not, when
     * {@code n == 0}. {@code date} itself is never counted: from a Friday in a Monday-to-Friday
     * week, 1 gives the next Monday and -1 the Thursday; from a Saturday, 1 gives Monday and -1
     * Friday.
     */
    public LocalDate plusWorkingDays(LocalDate date, long n) {
        if (n == 0) {
            return date;
        }
        long ordinal = ordinal(date);
        if (n > 0) {
            long first = isWorkingDay(date) ? ordinal + 1 : ordinal;
            return workingDayAt(first + n - 1);
        }
        return workingDayAt(ordinal + n);
    }

    /**
     * The signed number of working-day steps from {@code from} to {@code to}: the number of working
     * days in {@code [from, to)} when {@code from <= to}, and minus the number of working days in
     * {@code [to, from)} otherwise. So {@code plusWorkingDays(a, workingDaysBetween(a, b))} equals
     * {@code b} for working days {@code a} and {@code b}; from Friday to the next Monday is 1.
     */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        return ordinal(to) - ordinal(from);
    }

    /**
     * The working-day ordinal of {@code date}, for arithmetic in working days: for dates
     * {@code a <= b}, {@code ordinal(b) - ordinal(a)} is the number of working days in
     * {@code [a, b)}. Consecutive working days have consecutive ordinals; a non-working day has the
     * ordinal of the next working day. The origin is arbitrary: compare ordinals of one calendar
     * only.
     */
    public long ordinal(LocalDate date) {
        long rank = week.plainRank(date.toEpochDay());
        return rank - holidaysBefore(rank);
    }

    /** The working day whose {@link #ordinal(LocalDate) ordinal} is {@code ordinal}. */
    public LocalDate workingDayAt(long ordinal) {
        return LocalDate.ofEpochDay(week.epochDayOfPlainRank(ordinal + holidaysAtOrBeforeOrdinal(ordinal)));
    }

    private int holidaysBefore(long rank) {
        int found = Arrays.binarySearch(holidayRanks, rank);
        return found >= 0 ? found : -found - 1;
    }

    private int holidaysAtOrBeforeOrdinal(long ordinal) {
        int base = 0;
        int length = holidayRanksLessIndex.length;
        while (length > 0) {
            int half = length >>> 1;
            boolean above = holidayRanksLessIndex[base + half] <= ordinal;
            base = above ? base + half + 1 : base;
            length = above ? length - half - 1 : half;
        }
        return base;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BusinessCalendar calendar
                && workdays.equals(calendar.workdays)
                && holidays.equals(calendar.holidays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(workdays, holidays);
    }

    @Override
    public String toString() {
        return "BusinessCalendar[workdays=" + workdays + ", holidays=" + holidays + "]";
    }
}
