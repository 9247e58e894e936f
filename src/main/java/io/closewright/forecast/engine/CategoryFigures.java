package io.closewright.forecast.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The forecast categories of one person or team for one period.
 *
 * @param closedWon amount won with a close date in the period
 * @param commit open deals in the COMMIT category closing in the period
 * @param bestCase open deals in the BEST_CASE category closing in the period
 * @param pipeline open deals in the PIPELINE category closing in the period
 * @param weighted amount x stage probability over every open deal closing in the period
 */
public record CategoryFigures(
        BigDecimal closedWon, BigDecimal commit, BigDecimal bestCase, BigDecimal pipeline, BigDecimal weighted) {

    public static final CategoryFigures ZERO =
            new CategoryFigures(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** Category names an open deal may carry. */
    public enum Category {
        COMMIT,
        BEST_CASE,
        PIPELINE,
        OMITTED
    }

    /** These figures with one open deal added: its category's sum and the weighted sum. */
    public CategoryFigures withOpen(BigDecimal amount, Category category, int stageProbabilityPercent) {
        BigDecimal weight = amount.multiply(BigDecimal.valueOf(stageProbabilityPercent))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        return new CategoryFigures(
                closedWon,
                category == Category.COMMIT ? commit.add(amount) : commit,
                category == Category.BEST_CASE ? bestCase.add(amount) : bestCase,
                category == Category.PIPELINE ? pipeline.add(amount) : pipeline,
                weighted.add(weight));
    }

    public CategoryFigures withWon(BigDecimal amount) {
        return new CategoryFigures(closedWon.add(amount), commit, bestCase, pipeline, weighted);
    }

    /** Whether every figure is zero: nothing won and nothing open in the period. */
    public boolean isEmpty() {
        return closedWon.signum() == 0
                && commit.signum() == 0
                && bestCase.signum() == 0
                && pipeline.signum() == 0
                && weighted.signum() == 0;
    }

    public CategoryFigures plus(CategoryFigures o) {
        return new CategoryFigures(
                closedWon.add(o.closedWon),
                commit.add(o.commit),
                bestCase.add(o.bestCase),
                pipeline.add(o.pipeline),
                weighted.add(o.weighted));
    }
}
