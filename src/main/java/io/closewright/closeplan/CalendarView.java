package io.closewright.closeplan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The workspace calendar as pages and the API show it: the working week, the holidays (dates, in order)
 * with the names of those that have one, and the risk buffer in working days.
 */
public record CalendarView(
        List<DayOfWeek> workdays,
        List<LocalDate> holidays,
        Map<LocalDate, String> holidayNames,
        int riskBufferDays,
        long version) {

    /** One holiday with its name, if it has one. */
    public record HolidayView(LocalDate date, String name) {}
}
