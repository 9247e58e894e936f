package io.closewright.risk;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The forecast period a deal is called in: the month or quarter of its target close date. A slip alert
 * goes out when the projected close leaves it. Months read {@code 2026-12}, quarters {@code 2026-Q4}, as
 * the forecast names them.
 */
record ForecastPeriod(String label, LocalDate start, LocalDate end) {

    /** Whether forecast periods are months or calendar quarters. */
    enum Kind {
        MONTH,
        QUARTER
    }

    static ForecastPeriod of(LocalDate date, Kind kind) {
        if (kind == Kind.MONTH) {
            YearMonth month = YearMonth.from(date);
            return new ForecastPeriod(month.toString(), month.atDay(1), month.atEndOfMonth());
        }
        int quarter = (date.getMonthValue() - 1) / 3;
        YearMonth first = YearMonth.of(date.getYear(), quarter * 3 + 1);
        return new ForecastPeriod(
                date.getYear() + "-Q" + (quarter + 1),
                first.atDay(1),
                first.plusMonths(2).atEndOfMonth());
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
