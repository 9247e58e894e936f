package io.closewright.checkup;

import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Places the checkup of each open step {@code leadDays} working days before its due date, never before
 * today's first working day. Done steps have none. Plain Java: the same steps, calendar and day always
 * give the same schedule.
 */
final class CheckupSchedule {

    private CheckupSchedule() {}

    /** The checkups of a deal's open steps, earliest first. */
    static List<ScheduledCheckup> of(
            long opportunityId, List<StepDeadline> steps, BusinessCalendar calendar, LocalDate today, int leadDays) {
        LocalDate firstWorkingDay = calendar.onOrAfter(today);
        return steps.stream()
                .filter(step -> !step.done())
                .map(step -> place(opportunityId, step, calendar, today, firstWorkingDay, leadDays))
                .sorted(Comparator.comparing(ScheduledCheckup::scheduledOn)
                        .thenComparing(ScheduledCheckup::stepDueDate))
                .toList();
    }

    private static ScheduledCheckup place(
            long opportunityId,
            StepDeadline step,
            BusinessCalendar calendar,
            LocalDate today,
            LocalDate firstWorkingDay,
            int leadDays) {
        LocalDate planned = calendar.plusWorkingDays(calendar.onOrBefore(step.dueDate()), -leadDays);
        LocalDate scheduled = planned.isBefore(firstWorkingDay) ? firstWorkingDay : planned;
        return new ScheduledCheckup(
                opportunityId,
                step.key(),
                step.title(),
                step.owner(),
                step.dueDate(),
                planned,
                scheduled,
                calendar.workingDaysBetween(today, scheduled),
                planned.isBefore(today),
                null,
                null,
                null);
    }
}
