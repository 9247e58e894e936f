package io.closewright.forecast.engine;

import java.time.LocalDate;

/**
 * One open deal as the simulation sees it.
 *
 * @param winProbability the calibrated chance (0 to 1) that the deal is won at all
 * @param expectedClose the day it would close without a slip: the later of its close date, its plan's
 *     projected close and today
 */
public record SimDeal(
        long id, long ownerId, String name, double amount, double winProbability, LocalDate expectedClose) {

    public SimDeal {
        if (winProbability < 0 || winProbability > 1 || Double.isNaN(winProbability)) {
            throw new IllegalArgumentException("winProbability must be between 0 and 1");
        }
        if (amount < 0 || Double.isNaN(amount)) {
            throw new IllegalArgumentException("amount must not be negative");
        }
    }
}
