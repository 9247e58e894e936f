package io.closewright.closeplan;

import io.closewright.shared.calendar.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A workspace's working week, holidays and the slack below which a plan is at risk. */
@Table("workspace_calendar")
class WorkspaceCalendar {

    static final int DEFAULT_RISK_BUFFER = 2;

    @Id
    @Column("workspace_id")
    Long workspaceId;

    String workdays;
    int riskBufferDays;

    @MappedCollection(idColumn = "workspace_id")
    Set<Holiday> holidays = new HashSet<>();

    @Version
    Long version;

    static WorkspaceCalendar standard(long workspaceId) {
        WorkspaceCalendar calendar = new WorkspaceCalendar();
        calendar.workspaceId = workspaceId;
        calendar.workdays = "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY";
        calendar.riskBufferDays = DEFAULT_RISK_BUFFER;
        return calendar;
    }

    Set<DayOfWeek> workdaySet() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(workdays.split(",")).map(DayOfWeek::valueOf).forEach(days::add);
        return days;
    }

    void setWorkdays(Set<DayOfWeek> days) {
        workdays = days.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    BusinessCalendar businessCalendar() {
        return BusinessCalendar.of(
                workdaySet(), holidays.stream().map(Holiday::holiday).collect(Collectors.toSet()));
    }

    CalendarView view() {
        java.util.Map<LocalDate, String> names = new java.util.TreeMap<>();
        holidays.stream().filter(h -> h.name() != null).forEach(h -> names.put(h.holiday(), h.name()));
        return new CalendarView(
                workdaySet().stream().sorted().toList(),
                holidays.stream().map(Holiday::holiday).sorted().toList(),
                names,
                riskBufferDays,
                version == null ? 0 : version);
    }

    /** A day off for the whole workspace. */
    @Table("workspace_holiday")
    record Holiday(LocalDate holiday, String name) {}
}
