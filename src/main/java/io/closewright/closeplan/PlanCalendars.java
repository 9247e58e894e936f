package io.closewright.closeplan;

import io.closewright.identity.WorkspaceCreated;
import io.closewright.shared.FieldProblem;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.Versions;
import io.closewright.shared.calendar.BusinessCalendar;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads and changes each workspace's calendar; a new workspace starts Monday to Friday, no holidays, buffer 2.
 * Every save, plan view and risk assessment needs the calendar, so a read one is kept for {@link #FRESH_FOR}
 * (with its {@link BusinessCalendar} built once) instead of two queries each time. A change on this instance
 * is seen at once (the entry is dropped, again after the change commits); another instance sees it within
 * {@link #FRESH_FOR}, as with cached API tokens (ADR 0029).
 */
@Component
class PlanCalendars {

    /** How long a read calendar is served without asking the database again. */
    static final Duration FRESH_FOR = Duration.ofSeconds(10);

    private record Known(WorkspaceCalendar calendar, BusinessCalendar business, Instant until) {}

    private final WorkspaceCalendars calendars;
    private final Clock clock;
    private final Map<Long, Known> known = new ConcurrentHashMap<>();

    PlanCalendars(WorkspaceCalendars calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    @EventListener
    void addDefault(WorkspaceCreated event) {
        calendars.save(WorkspaceCalendar.standard(event.workspaceId()));
        forget(event.workspaceId());
    }

    /** The workspace's calendar as read within {@link #FRESH_FOR}; callers must not change it. */
    WorkspaceCalendar of(long workspaceId) {
        return known(workspaceId).calendar();
    }

    BusinessCalendar businessCalendar(long workspaceId) {
        return known(workspaceId).business();
    }

    private Known known(long workspaceId) {
        Instant now = clock.instant();
        Known entry = known.get(workspaceId);
        if (entry == null || !now.isBefore(entry.until())) {
            WorkspaceCalendar calendar = stored(workspaceId);
            entry = new Known(calendar, calendar.businessCalendar(), now.plus(FRESH_FOR));
            known.put(workspaceId, entry);
        }
        return entry;
    }

    private WorkspaceCalendar stored(long workspaceId) {
        return calendars.findById(workspaceId).orElseGet(() -> WorkspaceCalendar.standard(workspaceId));
    }

    /** Drops the kept calendar now and once more when the current transaction ends. */
    private void forget(long workspaceId) {
        known.remove(workspaceId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    known.remove(workspaceId);
                }
            });
        }
    }

    @Transactional
    CalendarView change(
            long workspaceId,
            Long version,
            Set<DayOfWeek> workdays,
            List<CalendarView.HolidayView> holidays,
            Integer riskBuffer) {
        WorkspaceCalendar calendar = stored(workspaceId);
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
        CalendarView saved = calendars.save(calendar).view();
        forget(workspaceId);
        return saved;
    }

    private static String trim(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String t = name.trim();
        return t.length() > 200 ? t.substring(0, 200) : t;
    }
}
