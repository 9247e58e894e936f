package io.closewright.forecast;

import io.closewright.forecast.engine.CategoryFigures;
import io.closewright.forecast.engine.SimulationResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A forecast of one period and scope.
 *
 * @param figures the categories of the scope (see {@link CategoryFigures})
 * @param quota the scope's quota (its own plus everyone's below it), null when none is set
 * @param attainment closed won / quota, null without a quota
 * @param call the call of the person at the top of the scope, null when they made none
 * @param expected the plan-aware simulation
 * @param rollUp one row per person down the tree (just the person for a scope of one)
 */
public record ForecastView(
        String period,
        LocalDate start,
        LocalDate end,
        LocalDate today,
        String currency,
        Scope scope,
        CategoryFigures figures,
        @Nullable BigDecimal quota,
        @Nullable Double attainment,
        @Nullable PeriodAmount call,
        Expected expected,
        List<RollUpRow> rollUp) {

    /** Whose forecast this is: a person's own deals, or (team) theirs and everyone's below them. */
    public record Scope(long userId, String name, boolean team) {}

    /**
     * The simulation's band and how it was calibrated.
     *
     * @param probabilitySource STAGE while the history of closed deals is thin, HISTORY after
     * @param closedDealsUsed closed deals the calibration saw
     * @param slipHistory closed deals the slips were drawn from (0: no slips)
     */
    public record Expected(
            double mean,
            double p10,
            double p50,
            double p90,
            double analyticMean,
            int trials,
            long seed,
            String probabilitySource,
            long closedDealsUsed,
            int slipHistory,
            double meanSlipDays,
            List<SimulationResult.UncertainDeal> mostUncertain) {}

    /**
     * One person of the roll-up with the figures of their subtree and their own call.
     *
     * @param quota the quota of their subtree (their own plus everyone's below them), null when none
     * @param quotaSet their own quota set for exactly this period, with the version to send as
     *     {@code If-Match} when changing it; null when none is set
     */
    public record RollUpRow(
            long userId,
            String name,
            int depth,
            boolean leads,
            CategoryFigures figures,
            @Nullable BigDecimal quota,
            @Nullable PeriodAmount quotaSet,
            @Nullable Double attainment,
            @Nullable PeriodAmount call) {}
}
