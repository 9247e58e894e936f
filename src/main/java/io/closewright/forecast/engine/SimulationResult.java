package io.closewright.forecast.engine;

import java.util.List;

/**
 * What a simulation found: the distribution of the period's bookings (closed won so far plus the open
 * deals won and closing within the period) over the trials, the analytic expectation it estimates,
 * and the deals whose outcome moves the total the most.
 */
public record SimulationResult(
        int trials,
        long seed,
        double mean,
        double p10,
        double p50,
        double p90,
        double analyticMean,
        List<UncertainDeal> mostUncertain) {

    /**
     * A deal's share of the uncertainty: it adds {@code amount} with probability {@code chance} (won and
     * closing in the period), so its standard deviation is {@code amount * sqrt(chance * (1 - chance))}.
     */
    public record UncertainDeal(long id, long ownerId, String name, double amount, double chance, double stdDev) {}
}
