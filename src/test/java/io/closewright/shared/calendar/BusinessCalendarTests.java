package io.closewright.shared.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTests {

    private static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25);
    private static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 1);
    private final BusinessCalendar calendar = BusinessCalendar.mondayToFriday(Set.of(CHRISTMAS, NEW_YEAR));

    private static LocalDate dec(int day) {
        return LocalDate.of(2026, 12, day);
    }

    private static LocalDate jan(int day) {
        return LocalDate.of(2027, 1, day);
    }

    @Test
    void workingDaysAreWorkdaysThatAreNotHolidays() {
        assertThat(calendar.isWorkingDay(dec(24))).isTrue();
        assertThat(calendar.isWorkingDay(dec(25))).isFalse();
        assertThat(calendar.isWorkingDay(dec(26))).isFalse();
        assertThat(calendar.isWorkingDay(dec(27))).isFalse();
        assertThat(calendar.isWorkingDay(dec(28))).isTrue();
        assertThat(calendar.isWorkingDay(jan(1))).isFalse();
    }

    @Test
    void onOrAfterSkipsWeekendsAndHolidays() {
        assertThat(calendar.onOrAfter(dec(24))).isEqualTo(dec(24));
        assertThat(calendar.onOrAfter(dec(25))).isEqualTo(dec(28));
        assertThat(calendar.onOrAfter(dec(26))).isEqualTo(dec(28));
        assertThat(calendar.onOrAfter(jan(1))).isEqualTo(jan(4));
    }

    @Test
    void onOrBeforeSkipsWeekendsAndHolidays() {
        assertThat(calendar.onOrBefore(dec(27))).isEqualTo(dec(24));
        assertThat(calendar.onOrBefore(dec(25))).isEqualTo(dec(24));
        assertThat(calendar.onOrBefore(jan(2))).isEqualTo(dec(31));
        assertThat(calendar.onOrBefore(jan(4))).isEqualTo(jan(4));
    }

    @Test
    void plusWorkingDaysCountsForwardOverWeekendsAndHolidays() {
        assertThat(calendar.plusWorkingDays(dec(24), 1)).isEqualTo(dec(28));
        assertThat(calendar.plusWorkingDays(dec(24), 5)).isEqualTo(jan(4));
        assertThat(calendar.plusWorkingDays(dec(31), 1)).isEqualTo(jan(4));
        assertThat(calendar.plusWorkingDays(dec(21), 10)).isEqualTo(jan(6));
    }

    @Test
    void plusWorkingDaysCountsBackwardWhenNegative() {
        assertThat(calendar.plusWorkingDays(jan(4), -1)).isEqualTo(dec(31));
        assertThat(calendar.plusWorkingDays(jan(4), -5)).isEqualTo(dec(24));
        assertThat(calendar.plusWorkingDays(jan(6), -10)).isEqualTo(dec(21));
    }

    @Test
    void plusWorkingDaysFromANonWorkingDayCountsTheNextOrPreviousWorkingDayAsFirst() {
        assertThat(calendar.plusWorkingDays(dec(26), 1)).isEqualTo(dec(28));
        assertThat(calendar.plusWorkingDays(dec(26), -1)).isEqualTo(dec(24));
        assertThat(calendar.plusWorkingDays(dec(25), 2)).isEqualTo(dec(29));
    }

    @Test
    void plusZeroWorkingDaysIsTheSameDate() {
        assertThat(calendar.plusWorkingDays(dec(24), 0)).isEqualTo(dec(24));
        assertThat(calendar.plusWorkingDays(dec(26), 0)).isEqualTo(dec(26));
    }

    @Test
    void workingDaysBetweenCountsWorkingDaysFromStartInclusiveToEndExclusive() {
        assertThat(calendar.workingDaysBetween(dec(24), jan(4))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(jan(4), dec(24))).isEqualTo(-5);
        assertThat(calendar.workingDaysBetween(dec(18), dec(21))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(dec(25), dec(28))).isZero();
        assertThat(calendar.workingDaysBetween(dec(26), dec(26))).isZero();
    }

    @Test
    void workingDaysBetweenInvertsPlusWorkingDaysOnWorkingDays() {
        LocalDate from = dec(21);
        for (LocalDate to = dec(1); to.isBefore(jan(20)); to = to.plusDays(1)) {
            if (calendar.isWorkingDay(to)) {
                assertThat(calendar.plusWorkingDays(from, calendar.workingDaysBetween(from, to)))
                        .isEqualTo(to);
            }
        }
    }

    @Test
    void holidaysOnNonWorkdaysChangeNothing() {
        BusinessCalendar withSaturdayHoliday = BusinessCalendar.mondayToFriday(Set.of(dec(26)));
        BusinessCalendar plain = BusinessCalendar.mondayToFriday();

        assertThat(withSaturdayHoliday.workingDaysBetween(dec(1), jan(15)))
                .isEqualTo(plain.workingDaysBetween(dec(1), jan(15)));
        assertThat(withSaturdayHoliday.plusWorkingDays(dec(24), 3)).isEqualTo(dec(29));
    }

    @Test
    void supportsASundayToThursdayWeek() {
        BusinessCalendar sundayToThursday =
                BusinessCalendar.of(EnumSet.of(SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY), Set.of());

        assertThat(sundayToThursday.isWorkingDay(dec(4))).isFalse();
        assertThat(sundayToThursday.plusWorkingDays(dec(3), 1)).isEqualTo(dec(6));
        assertThat(sundayToThursday.onOrBefore(dec(5))).isEqualTo(dec(3));
    }

    @Test
    void supportsASingleWorkdayWithAHoliday() {
        BusinessCalendar wednesdays = BusinessCalendar.of(EnumSet.of(WEDNESDAY), Set.of(dec(16)));

        assertThat(wednesdays.plusWorkingDays(dec(2), 3)).isEqualTo(dec(30));
        assertThat(wednesdays.plusWorkingDays(dec(30), -3)).isEqualTo(dec(2));
        assertThat(wednesdays.workingDaysBetween(dec(2), dec(30))).isEqualTo(3);
        assertThat(wednesdays.onOrAfter(dec(14))).isEqualTo(dec(23));
    }

    @Test
    void countsAcrossDecadesWithoutWalkingDays() {
        BusinessCalendar plain = BusinessCalendar.mondayToFriday();

        assertThat(plain.plusWorkingDays(LocalDate.of(2026, 1, 5), 5 * 52 * 100))
                .isEqualTo(LocalDate.of(2125, 9, 3));
        assertThat(plain.workingDaysBetween(LocalDate.of(1900, 1, 1), LocalDate.of(1900, 1, 8)))
                .isEqualTo(5);
    }

    @Test
    void refusesACalendarWithoutWorkdays() {
        assertThatThrownBy(() -> BusinessCalendar.of(Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("workday");
    }

    @Test
    void isImmutable() {
        Set<DayOfWeek> workdays = EnumSet.of(MONDAY, FRIDAY);
        Set<LocalDate> holidays = new HashSet<>(Set.of(CHRISTMAS));
        BusinessCalendar mondaysAndFridays = BusinessCalendar.of(workdays, holidays);

        workdays.add(SATURDAY);
        holidays.clear();

        assertThat(mondaysAndFridays.workdays()).containsExactlyInAnyOrder(MONDAY, FRIDAY);
        assertThat(mondaysAndFridays.holidays()).containsExactly(CHRISTMAS);
        assertThatThrownBy(() -> mondaysAndFridays.holidays().add(NEW_YEAR))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void calendarsWithTheSameDaysAreEqual() {
        assertThat(BusinessCalendar.mondayToFriday(Set.of(CHRISTMAS, NEW_YEAR)))
                .isEqualTo(calendar)
                .hasSameHashCodeAs(calendar);
        assertThat(BusinessCalendar.mondayToFriday()).isNotEqualTo(calendar);
    }
}
