package io.closewright.checkup;

import java.time.LocalDate;

/** One line of a morning reminder: a checkup due on a deal, and whether it has been held since. */
public record ReminderView(
        long opportunityId, String dealName, String stepKey, String stepTitle, LocalDate checkupOn, boolean done) {}
