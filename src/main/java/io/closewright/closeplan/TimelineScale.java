package io.closewright.closeplan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where a day sits on a timeline: days from {@code first} to {@code last} share the chart's width
 * evenly, starting at {@code left}; a day occupies {@code [x(day), x(day) + dayWidth)}.
 */
record TimelineScale(LocalDate first, LocalDate last, double left, double width) {

    /** A scale covering {@code from} to {@code to}, widened to start on a Monday and to end two days later. */
    static TimelineScale covering(LocalDate from, LocalDate to, double left, double width) {
        LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new TimelineScale(monday, to.plusDays(2), left, width);
    }

    long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    double dayWidth() {
        return width / days();
    }

    /** The left edge of {@code day}. */
    double x(LocalDate day) {
        return left + ChronoUnit.DAYS.between(first, day) * dayWidth();
    }

    /** The right edge of {@code day}: where a step finishing that day ends. */
    double end(LocalDate day) {
        return x(day.plusDays(1));
    }

    double right() {
        return left + width;
    }

    /** The Mondays on the scale. */
    Stream<LocalDate> mondays() {
        return Stream.iterate(first, d -> !d.isAfter(last), d -> d.plusWeeks(1));
    }

    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
