package io.closewright.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Checks the calendar's arithmetic against walking day by day. */
class BusinessCalendarProperties {

    private static final LocalDate BASE = LocalDate.of(2026, 1, 1);

    @Property
    void workingDayMatchesWorkdaysLessHolidays(
            @ForAll("calendars") BusinessCalendar calendar, @ForAll("dates") LocalDate date) {
        boolean expected = calendar.workdays().contains(date.getDayOfWeek())
                && !calendar.holidays().contains(date);
        assertThat(calendar.isWorkingDay(date)).isEqualTo(expected);
    }

    @Property
    void plusWorkingDaysMatchesWalkingDayByDay(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("dates") LocalDate date,
            @ForAll @IntRange(min = -300, max = 300) int n) {
        LocalDate walked = date;
        for (int counted = 0; counted < Math.abs(n); ) {
            walked = walked.plusDays(Integer.signum(n));
            if (calendar.isWorkingDay(walked)) {
                counted++;
            }
        }
        assertThat(calendar.plusWorkingDays(date, n)).isEqualTo(walked);
    }

    @Property
    void workingDaysBetweenMatchesCountingDayByDay(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("dates") LocalDate from,
            @ForAll("dates") LocalDate to) {
        LocalDate first = from.isBefore(to) ? from : to;
        LocalDate last = from.isBefore(to) ? to : from;
        long count = first.datesUntil(last).filter(calendar::isWorkingDay).count();
        assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(from.isBefore(to) ? count : -count);
    }

    @Property
    void onOrAfterAndOnOrBeforeAreTheNearestWorkingDays(
            @ForAll("calendars") BusinessCalendar calendar, @ForAll("dates") LocalDate date) {
        LocalDate after = date;
        while (!calendar.isWorkingDay(after)) {
            after = after.plusDays(1);
        }
        LocalDate before = date;
        while (!calendar.isWorkingDay(before)) {
            before = before.minusDays(1);
        }
        assertThat(calendar.onOrAfter(date)).isEqualTo(after);
        assertThat(calendar.onOrBefore(date)).isEqualTo(before);
    }

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        Arbitrary<Set<DayOfWeek>> workdays =
                Arbitraries.of(DayOfWeek.class).set().ofMinSize(1);
        Arbitrary<Set<LocalDate>> holidays = dates().set().ofMaxSize(80);
        return workdays.flatMap(days -> holidays.map(dates -> BusinessCalendar.of(days, dates)));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 500).map(BASE::plusDays);
    }
}
