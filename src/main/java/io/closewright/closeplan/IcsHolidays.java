package io.closewright.closeplan;

import io.closewright.shared.RuleViolationException;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.Summary;

/**
 * Reads holidays from an iCalendar file (such as a public-holiday feed): each VEVENT's start date, with
 * its SUMMARY as the name; an all-day event over several days gives each of its days. A file that is
 * not iCalendar is refused as a problem with {@code field}.
 */
final class IcsHolidays {

    static final int MAX_DAYS = 1000;

    private IcsHolidays() {}

    static List<CalendarView.HolidayView> parse(String ics, String field) {
        if (ics == null || ics.isBlank()) {
            throw new RuleViolationException(field, "paste the contents of an .ics file or choose one");
        }
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(ics.strip()));
        } catch (ParserException | IOException | RuntimeException e) {
            throw new RuleViolationException(field, "this is not a valid iCalendar (.ics) file");
        }
        List<CalendarView.HolidayView> days = new ArrayList<>();
        for (Component component : calendar.getComponents(Component.VEVENT)) {
            VEvent event = (VEvent) component;
            Optional<LocalDate> start = event.getStartDate().map(d -> date((Temporal) d.getDate()));
            if (start.isEmpty()) {
                continue;
            }
            String name = Optional.ofNullable(event.getSummary())
                    .map(Summary::getValue)
                    .orElse(null);
            LocalDate last = lastDay(event, start.get());
            for (LocalDate day = start.get(); !day.isAfter(last); day = day.plusDays(1)) {
                days.add(new CalendarView.HolidayView(day, name));
                if (days.size() > MAX_DAYS) {
                    throw new RuleViolationException(field, "the file has more than " + MAX_DAYS + " holiday days");
                }
            }
        }
        if (days.isEmpty()) {
            throw new RuleViolationException(field, "the file has no events with a date");
        }
        return days;
    }

    private static LocalDate lastDay(VEvent event, LocalDate start) {
        Optional<DtEnd<Temporal>> end = event.getEndDate(false);
        if (end.isEmpty() || !(end.get().getDate() instanceof LocalDate endDate) || !endDate.isAfter(start)) {
            return start;
        }
        LocalDate last = endDate.minusDays(1);
        return last.isAfter(start.plusDays(366)) ? start.plusDays(366) : last;
    }

    private static LocalDate date(Temporal t) {
        if (t instanceof LocalDate d) {
            return d;
        }
        if (t instanceof LocalDateTime dt) {
            return dt.toLocalDate();
        }
        if (t instanceof ZonedDateTime z) {
            return z.toLocalDate();
        }
        if (t instanceof OffsetDateTime o) {
            return o.toLocalDate();
        }
        return LocalDate.ofInstant(java.time.Instant.from(t), java.time.ZoneOffset.UTC);
    }
}
