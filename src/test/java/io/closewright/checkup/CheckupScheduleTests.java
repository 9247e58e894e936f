package io.closewright.checkup;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.closeplan.scheduling.StepOwner;
import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Where checkups fall, hand-checked on a Monday-to-Friday calendar with Christmas Eve and Christmas Day
 * 2026 (Thu 24 and Fri 25 Dec) off; today is Tue 1 Dec 2026 unless said otherwise.
 */
class CheckupScheduleTests {

    static final LocalDate TUE_1_DEC = LocalDate.of(2026, 12, 1);
    static final BusinessCalendar CALENDAR =
            BusinessCalendar.mondayToFriday(Set.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25)));

    static StepDeadline open(String key, LocalDate due) {
        return new StepDeadline(key, "Step " + key, StepOwner.SELLER, due, false);
    }

    static ScheduledCheckup only(List<StepDeadline> steps, LocalDate today, int leadDays) {
        List<ScheduledCheckup> schedule = CheckupSchedule.of(7, steps, CALENDAR, today, leadDays);
        assertThat(schedule).hasSize(1);
        return schedule.get(0);
    }

    @Test
    void placesTheCheckupLeadDaysWorkingDaysBeforeTheDueDate() {
        ScheduledCheckup checkup = only(List.of(open("a", LocalDate.of(2026, 12, 10))), TUE_1_DEC, 2);
        assertThat(checkup.scheduledOn()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(checkup.workingDaysAway()).isEqualTo(5);
        assertThat(checkup.overdue()).isFalse();
        assertThat(checkup.opportunityId()).isEqualTo(7);
    }

    @Test
    void countsBackOverAWeekend() {
        ScheduledCheckup checkup = only(List.of(open("a", LocalDate.of(2026, 12, 7))), TUE_1_DEC, 2);
        assertThat(checkup.scheduledOn()).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void countsBackOverHolidays() {
        ScheduledCheckup checkup = only(List.of(open("a", LocalDate.of(2026, 12, 29))), TUE_1_DEC, 2);
        assertThat(checkup.scheduledOn()).isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(checkup.plannedOn()).isEqualTo(LocalDate.of(2026, 12, 23));
    }

    @Test
    void neverFallsInThePastButSaysItIsOverdue() {
        ScheduledCheckup checkup = only(List.of(open("a", LocalDate.of(2026, 12, 2))), TUE_1_DEC, 2);
        assertThat(checkup.plannedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(checkup.scheduledOn()).isEqualTo(TUE_1_DEC);
        assertThat(checkup.workingDaysAway()).isZero();
        assertThat(checkup.overdue()).isTrue();
        assertThat(checkup.dueOn(TUE_1_DEC)).isTrue();
    }

    @Test
    void onAWeekendAMissedCheckupMovesToTheNextWorkingDay() {
        LocalDate saturday = LocalDate.of(2026, 12, 5);
        ScheduledCheckup checkup = only(List.of(open("a", LocalDate.of(2026, 12, 8))), saturday, 2);
        assertThat(checkup.plannedOn()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(checkup.scheduledOn()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(checkup.overdue()).isTrue();
    }

    @Test
    void aCheckupDueTodayIsNotOverdue() {
        ScheduledCheckup checkup = only(List.of(open("a", LocalDate.of(2026, 12, 3))), TUE_1_DEC, 2);
        assertThat(checkup.scheduledOn()).isEqualTo(TUE_1_DEC);
        assertThat(checkup.overdue()).isFalse();
    }

    @Test
    void withNoLeadTheCheckupIsOnTheDueDate() {
        ScheduledCheckup checkup = only(List.of(open("a", LocalDate.of(2026, 12, 10))), TUE_1_DEC, 0);
        assertThat(checkup.scheduledOn()).isEqualTo(LocalDate.of(2026, 12, 10));
    }

    @Test
    void movesWithTheDueDate() {
        LocalDate before = only(List.of(open("a", LocalDate.of(2026, 12, 10))), TUE_1_DEC, 2)
                .scheduledOn();
        LocalDate after = only(List.of(open("a", LocalDate.of(2026, 12, 17))), TUE_1_DEC, 2)
                .scheduledOn();
        assertThat(before).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(after).isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void doneStepsHaveNoCheckupAndTheRestComeEarliestFirst() {
        List<ScheduledCheckup> schedule = CheckupSchedule.of(
                7,
                List.of(
                        open("late", LocalDate.of(2026, 12, 18)),
                        new StepDeadline("done", "Done", StepOwner.BUYER, LocalDate.of(2026, 12, 4), true),
                        open("soon", LocalDate.of(2026, 12, 9))),
                CALENDAR,
                TUE_1_DEC,
                2);
        assertThat(schedule).extracting(ScheduledCheckup::stepKey).containsExactly("soon", "late");
    }

    @Test
    void aHeldCheckupIsNoLongerOverdueAndCarriesItsPreparation() {
        ScheduledCheckup checkup = only(List.of(open("a", LocalDate.of(2026, 12, 2))), TUE_1_DEC, 2)
                .withHistory(TUE_1_DEC, new Preparation("a", "Legal is slow", "Send the redlines today"));
        assertThat(checkup.overdue()).isFalse();
        assertThat(checkup.held()).isTrue();
        assertThat(checkup.dueOn(TUE_1_DEC)).isFalse();
        assertThat(checkup.prepared()).isTrue();
        assertThat(checkup.preparedSolution()).isEqualTo("Send the redlines today");
    }
}
