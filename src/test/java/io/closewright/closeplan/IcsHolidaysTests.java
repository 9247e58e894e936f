package io.closewright.closeplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.closewright.shared.RuleViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IcsHolidaysTests {

    static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
            + "BEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20261101T000000Z\r\nDTSTART;VALUE=DATE:20261224\r\n"
            + "DTEND;VALUE=DATE:20261227\r\nSUMMARY:Christmas\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nUID:2\r\nDTSTAMP:20261101T000000Z\r\nDTSTART;VALUE=DATE:20270101\r\n"
            + "SUMMARY:New Year's Day\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    @Test
    void readsEachDayOfAllDayEventsWithTheSummaryAsName() {
        var days = IcsHolidays.parse(ICS, "ics");
        assertThat(days)
                .extracting(CalendarView.HolidayView::date)
                .containsExactly(
                        LocalDate.of(2026, 12, 24),
                        LocalDate.of(2026, 12, 25),
                        LocalDate.of(2026, 12, 26),
                        LocalDate.of(2027, 1, 1));
        assertThat(days.get(0).name()).isEqualTo("Christmas");
        assertThat(days.get(3).name()).isEqualTo("New Year's Day");
    }

    @Test
    void refusesWhatIsNotICalendar() {
        assertThatThrownBy(() -> IcsHolidays.parse("not a calendar", "ics"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("not a valid iCalendar");
        assertThatThrownBy(() -> IcsHolidays.parse(" ", "ics")).isInstanceOf(RuleViolationException.class);
    }
}
