package io.closewright.checkup;

import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;

/**
 * How long a blocker has stood, in working days: from the day it was raised to the day it was resolved,
 * or to today while open. An open blocker older than the workspace's limit is flagged: it is a risk.
 */
record BlockerAge(long workingDays, boolean flagged) {

    static BlockerAge of(
            BusinessCalendar calendar, LocalDate raisedOn, LocalDate resolvedOn, LocalDate today, int limitDays) {
        LocalDate end = resolvedOn == null ? today : resolvedOn;
        long days = Math.max(0, calendar.workingDaysBetween(raisedOn, end));
        return new BlockerAge(days, resolvedOn == null && days > limitDays);
    }

    /** The age bucket a manager sees: {@code 0-2}, {@code 3-5}, {@code 6-10} or {@code 11+} working days. */
    String bucket() {
        if (workingDays <= 2) {
            return "0-2";
        }
        if (workingDays <= 5) {
            return "3-5";
        }
        return workingDays <= 10 ? "6-10" : "11+";
    }
}
