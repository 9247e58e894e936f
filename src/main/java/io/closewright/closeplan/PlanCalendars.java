package io.closewright.closeplan;

import io.closewright.identity.WorkspaceCreated;
import io.closewright.shared.FieldProblem;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.Versions;
import io.closewright.shared.calendar.BusinessCalendar;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes each workspace's calendar; a new workspace starts Monday to Friday, no holidays, buffer 2. */
@Component
class PlanCalendars {

    private final WorkspaceCalendars calendars;

    PlanCalendars(WorkspaceCalendars calendars) {
        this.calendars = calendars;
    }

    @EventListener
    void addDefault(WorkspaceCreated event) {
        calendars.save(WorkspaceCalendar.standard(event.workspaceId()));
    }

    WorkspaceCalendar of(long workspaceId) {
        return calendars.findById(workspaceId).orElseGet(() -> WorkspaceCalendar.standard(workspaceId));
    }

    BusinessCalendar businessCalendar(long workspaceId) {
        return of(workspaceId).businessCalendar();
    }

    @Transactional
    CalendarView change(
            long workspaceId,
            Long version,
            Set<DayOfWeek> workdays,
            List<CalendarView.HolidayView> holidays,
            Integer riskBuffer) {
        WorkspaceCalendar calendar = of(workspaceId);
        if (version != null && calendar.version != null) {
            Versions.check("Calendar", version, calendar.version);
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (workdays != null && workdays.isEmpty()) {
            problems.add(new FieldProblem("workdays", "name at least one working day"));
        }
        if (riskBuffer != null && (riskBuffer < 0 || riskBuffer > 60)) {
            problems.add(new FieldProblem("riskBufferDays", "must be between 0 and 60 working days"));
        }
        if (holidays != null && holidays.size() > 1000) {
            problems.add(new FieldProblem("holidays", "at most 1000 holidays"));
        }
        if (holidays != null && holidays.stream().anyMatch(h -> h.date() == null)) {
            problems.add(new FieldProblem("holidays", "every holiday needs a date"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        if (workdays != null) {
            calendar.setWorkdays(workdays);
        }
        if (riskBuffer != null) {
            calendar.riskBufferDays = riskBuffer;
        }
        if (holidays != null) {
            calendar.holidays.clear();
            holidays.stream()
                    .map(h -> new WorkspaceCalendar.Holiday(h.date(), trim(h.name())))
                    .filter(h -> calendar.holidays.stream()
                            .noneMatch(o -> o.holiday().equals(h.holiday())))
                    .forEach(calendar.holidays::add);
        }
        return calendars.save(calendar).view();
    }

    private static String trim(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String t = name.trim();
        return t.length() > 200 ? t.substring(0, 200) : t;
    }
}
