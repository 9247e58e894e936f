package io.closewright.checkup;

import java.time.LocalDate;
import java.util.List;

/** The coaching view of a manager's (or admin's) reps for the last {@code days} days up to {@code to}. */
public record CoachingReport(int days, LocalDate from, LocalDate to, int blockerAgeLimitDays, List<RepCoaching> reps) {}
