package io.closewright.checkup;

import java.time.LocalDate;
import java.util.List;

/**
 * The checkups still to hold across a viewer's open deals: overdue (their planned day has passed), due
 * today, and due in the next five working days. {@code reminders} are this morning's reminders.
 * {@code dealsLeftOut} counts the open deals beyond the first 500 (closing first) that the agenda did not
 * look at; 0 when it covers them all.
 */
public record CheckupAgenda(
        LocalDate today,
        List<AgendaItem> overdue,
        List<AgendaItem> dueToday,
        List<AgendaItem> thisWeek,
        List<ReminderView> reminders,
        long dealsLeftOut) {

    public boolean empty() {
        return overdue.isEmpty() && dueToday.isEmpty() && thisWeek.isEmpty();
    }
}
