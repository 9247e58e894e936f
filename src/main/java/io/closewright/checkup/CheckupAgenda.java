package io.closewright.checkup;

import java.time.LocalDate;
import java.util.List;

/**
 * The checkups still to hold across a viewer's open deals: overdue (their planned day has passed), due
 * today, and due in the next five working days. {@code reminders} are this morning's reminders.
 */
public record CheckupAgenda(
        LocalDate today,
        List<AgendaItem> overdue,
        List<AgendaItem> dueToday,
        List<AgendaItem> thisWeek,
        List<ReminderView> reminders) {

    public boolean empty() {
        return overdue.isEmpty() && dueToday.isEmpty() && thisWeek.isEmpty();
    }
}
