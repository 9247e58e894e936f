package io.closewright.forecast.engine;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A forecast period: a month ({@code 2026-12}) or a quarter ({@code 2026-Q4}), both inclusive of their
 * first and last day. Parsed strictly: anything else is not a period.
 */
public record Period(String key, LocalDate start, LocalDate end, boolean quarter) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    /** The period a key names, or empty when the key is neither a month nor a quarter of the years 2000 to 2999. */
    public static Optional<Period> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String k = key.trim().toUpperCase(java.util.Locale.ROOT);
        Matcher q = QUARTER.matcher(k);
        if (q.matches()) {
            int year = Integer.parseInt(q.group(1));
            return year < 2000 ? Optional.empty() : Optional.of(quarterOf(year, Integer.parseInt(q.group(2))));
        }
        if (MONTH.matcher(k).matches()) {
            try {
                YearMonth month = YearMonth.parse(k);
                return month.getYear() < 2000 ? Optional.empty() : Optional.of(month(month));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public static Period month(YearMonth month) {
        return new Period(month.toString(), month.atDay(1), month.atEndOfMonth(), false);
    }

    public static Period quarterOf(int year, int quarter) {
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(year + "-Q" + quarter, start, start.plusMonths(3).minusDays(1), true);
    }

    /** The month that holds {@code day}. */
    public static Period monthOf(LocalDate day) {
        return month(YearMonth.from(day));
    }

    /** The quarter that holds {@code day}. */
    public static Period quarterOf(LocalDate day) {
        return quarterOf(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** The period of the same kind just before this one. */
    public Period previous() {
        return quarter ? quarterOf(start.minusMonths(3)) : monthOf(start.minusMonths(1));
    }

    /** The period of the same kind just after this one. */
    public Period next() {
        return quarter ? quarterOf(start.plusMonths(3)) : monthOf(start.plusMonths(1));
    }

    /** Whether the period is over on {@code today}. */
    public boolean closedOn(LocalDate today) {
        return end.isBefore(today);
    }
}
