package io.closewright.forecast.engine.backtest;

import io.closewright.forecast.engine.Period;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What was known about closed deals on one day: a life table of deal ages (days from engagement) at
 * close, with deals still open on that day counted as censored at their current age; win rates; and
 * the ratio of won value to list price. Nothing after {@code asOf} is looked at.
 */
final class History {

    private static final int MAX_AGE = 800;

    private final int[] atRisk = new int[MAX_AGE + 2];
    private final int[] closedAt = new int[MAX_AGE + 1];
    private final int[] wonFrom = new int[MAX_AGE + 2];
    private final int[] closedFrom = new int[MAX_AGE + 2];
    private final List<SampleDeal> deals;
    private final LocalDate asOf;
    private int won;
    private int closed;
    private double wonValue;
    private double wonPrice;

    History(List<SampleDeal> deals, LocalDate asOf) {
        this.deals = deals;
        this.asOf = asOf;
        for (SampleDeal d : deals) {
            if (d.engaged() == null || !d.engaged().isBefore(asOf)) {
                continue;
            }
            boolean closedBefore = d.closed() != null && d.closed().isBefore(asOf);
            LocalDate end = closedBefore ? d.closed() : asOf;
            int age = (int) Math.min(MAX_AGE, ChronoUnit.DAYS.between(d.engaged(), end));
            atRisk[age]++;
            if (closedBefore) {
                closedAt[age]++;
                closedFrom[age]++;
                closed++;
                if (d.won()) {
                    wonFrom[age]++;
                    won++;
                    wonValue += d.value();
                    wonPrice += d.price();
                }
            }
        }
        for (int a = MAX_AGE - 1; a >= 0; a--) {
            atRisk[a] += atRisk[a + 1];
            wonFrom[a] += wonFrom[a + 1];
            closedFrom[a] += closedFrom[a + 1];
        }
    }

    /** The chance that a deal open at {@code age} days closes within the next {@code days} days. */
    double closeWithin(int age, int days) {
        double survive = 1;
        for (int t = Math.min(age, MAX_AGE); t < Math.min(age + days, MAX_AGE); t++) {
            if (atRisk[t] > 0) {
                survive *= 1 - (double) closedAt[t] / atRisk[t];
            }
        }
        return 1 - survive;
    }

    /** The win rate of the deals that closed at {@code age} days or older; the overall rate when none did. */
    double winRateFrom(int age) {
        int a = Math.min(age, MAX_AGE);
        return closedFrom[a] >= 20 ? (double) wonFrom[a] / closedFrom[a] : winRate();
    }

    double winRate() {
        return closed == 0 ? 0.5 : (double) won / closed;
    }

    /** Won value over list price of the deals won so far (1 before any). */
    double valueRatio() {
        return wonPrice == 0 ? 1 : wonValue / wonPrice;
    }

    /** The average, over the three months before {@code month}, of bookings from deals engaged and won within one month. */
    double sameMonthBookings(Period month) {
        double sum = 0;
        Period p = month;
        for (int i = 0; i < 3; i++) {
            p = p.previous();
            Period q = p;
            sum += deals.stream()
                    .filter(d -> d.won() && d.engaged() != null && q.contains(d.engaged()) && q.contains(d.closed()))
                    .filter(d -> d.closed().isBefore(asOf))
                    .mapToDouble(SampleDeal::value)
                    .sum();
        }
        return sum / 3;
    }
}
