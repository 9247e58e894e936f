package io.closewright.forecast.engine;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How far forecasts were from what closed, over a set of periods.
 *
 * <ul>
 *   <li>{@code mape}: the mean over periods with a non-zero actual of {@code |A - F| / A}; periods with
 *       a zero actual are left out (their error has no percentage) and counted in
 *       {@code periodsWithoutActual}; null when no period had an actual.
 *   <li>{@code wape}: {@code sum |A - F| / sum A} over every period; null when nothing closed at all.
 *   <li>{@code bias}: {@code sum (F - A) / sum A}: positive when forecasts ran high; null when nothing
 *       closed.
 * </ul>
 * All three are fractions (0.12 is 12%).
 */
public record AccuracyScore(
        int periods,
        int periodsWithoutActual,
        @Nullable Double mape,
        @Nullable Double wape,
        @Nullable Double bias) {

    /** One period's forecast and actual. */
    public record Point(double forecast, double actual) {}

    public static AccuracyScore of(List<Point> points) {
        double absError = 0;
        double signedError = 0;
        double actual = 0;
        double percentages = 0;
        int withActual = 0;
        for (Point p : points) {
            absError += Math.abs(p.actual() - p.forecast());
            signedError += p.forecast() - p.actual();
            actual += p.actual();
            if (p.actual() != 0) {
                percentages += Math.abs(p.actual() - p.forecast()) / Math.abs(p.actual());
                withActual++;
            }
        }
        return new AccuracyScore(
                points.size(),
                points.size() - withActual,
                withActual == 0 ? null : percentages / withActual,
                actual == 0 ? null : absError / actual,
                actual == 0 ? null : signedError / actual);
    }
}
