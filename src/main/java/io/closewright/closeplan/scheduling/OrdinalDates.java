package io.closewright.closeplan.scheduling;

import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;

/**
 * The working days of one schedule by their calendar ordinals, each converted once: steps share
 * few distinct dates, and converting an ordinal costs a binary search and a {@link LocalDate}.
 */
final class OrdinalDates {

    private static final int MAX_REMEMBERED = 1 << 14;

    private final BusinessCalendar calendar;
    private final long first;
    private final LocalDate[] remembered;

    /** Dates for ordinals from {@code first} to {@code last}; others are converted on every call. */
    OrdinalDates(BusinessCalendar calendar, long first, long last) {
        this.calendar = calendar;
        this.first = first;
        long span = last - first + 1;
        this.remembered = new LocalDate[span > 0 && span <= MAX_REMEMBERED ? (int) span : 0];
    }

    LocalDate at(long ordinal) {
        long index = ordinal - first;
        if (index < 0 || index >= remembered.length) {
            return calendar.workingDayAt(ordinal);
        }
        LocalDate date = remembered[(int) index];
        if (date == null) {
            date = calendar.workingDayAt(ordinal);
            remembered[(int) index] = date;
        }
        return date;
    }
}
