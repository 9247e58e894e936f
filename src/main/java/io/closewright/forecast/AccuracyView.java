package io.closewright.forecast;

import io.closewright.forecast.engine.AccuracyScore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Forecast against actual over the last closed periods, per person down the tree (the first is the
 * scope's person). Each period is judged by its snapshot: the first taken within the period, or else the
 * last taken before it; a period without one has no forecast and is left out of the scores.
 */
public record AccuracyView(ForecastView.Scope scope, List<String> periods, List<PersonAccuracy> people) {

    /** One person's (or, for a manager, their team's) accuracy. */
    public record PersonAccuracy(
            long userId,
            String name,
            int depth,
            boolean team,
            List<PeriodPoint> points,
            AccuracyScore call,
            AccuracyScore weighted,
            AccuracyScore simulation) {}

    /** A closed period: what closed won, and what the snapshot forecast. */
    public record PeriodPoint(
            String period,
            BigDecimal actual,
            @Nullable LocalDate snapshotTakenOn,
            @Nullable BigDecimal call,
            @Nullable BigDecimal weighted,
            @Nullable BigDecimal expected) {}
}
