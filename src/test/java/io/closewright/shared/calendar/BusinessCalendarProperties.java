package io.closewright.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/** Checks the calendar's arithmetic against walking day by day, each property over {@value #TRIES} random cases. */
class BusinessCalendarProperties {

    private static final int TRIES = 1000;

    private static final LocalDate BASE = LocalDate.of(2026, 1, 1);

    private static QuickTheory tries() {
        return qt().withExamples(TRIES);
    }

    @Test
    void workingDayMatchesWorkdaysLessHolidays() {
        tries().forAll(calendars(), dates()).checkAssert((calendar, date) -> {
            boolean expected = calendar.workdays().contains(date.getDayOfWeek())
                    && !calendar.holidays().contains(date);
            assertThat(calendar.isWorkingDay(date)).isEqualTo(expected);
        });
    }

    @Test
    void plusWorkingDaysMatchesWalkingDayByDay() {
        tries().forAll(calendars(), dates(), integers().between(-300, 300)).checkAssert((calendar, date, n) -> {
            LocalDate walked = date;
            for (int counted = 0; counted < Math.abs(n); ) {
                walked = walked.plusDays(Integer.signum(n));
                if (calendar.isWorkingDay(walked)) {
                    counted++;
                }
            }
            assertThat(calendar.plusWorkingDays(date, n)).isEqualTo(walked);
        });
    }

    @Test
    void workingDaysBetweenMatchesCountingDayByDay() {
        tries().forAll(calendars(), dates(), dates()).checkAssert((calendar, from, to) -> {
            LocalDate first = from.isBefore(to) ? from : to;
            LocalDate last = from.isBefore(to) ? to : from;
            long count = first.datesUntil(last).filter(calendar::isWorkingDay).count();
            assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(from.isBefore(to) ? count : -count);
        });
    }

    @Test
    void onOrAfterAndOnOrBeforeAreTheNearestWorkingDays() {
        tries().forAll(calendars(), dates()).checkAssert((calendar, date) -> {
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
        });
    }

    /** Any non-empty set of workdays and up to 80 holidays. */
    private static Gen<BusinessCalendar> calendars() {
        return RandomCalendars.workdays()
                .zip(RandomCalendars.holidays(dates(), 80), BusinessCalendar::of)
                .describedAs(BusinessCalendar::toString);
    }

    private static Gen<LocalDate> dates() {
        return integers().between(0, 500).map(BASE::plusDays);
    }
}
