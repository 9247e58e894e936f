package io.closewright.identity;

import java.time.Duration;

/**
 * How long a sign-in pair (an account from one address) must wait after its {@code n}th failure in a
 * row: nothing for the first {@code freeFailures - 1}, then {@code firstDelay}, doubling with each
 * further failure up to {@code maxDelay}.
 */
record LoginDelays(int freeFailures, Duration firstDelay, Duration maxDelay) {

    LoginDelays {
        if (freeFailures < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("free failures >= 1 and 0 <= first delay <= max delay");
        }
    }

    /** The wait after {@code failures} failures in a row (0 or more). */
    Duration after(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 40);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 || delay.isNegative() ? maxDelay : delay;
    }
}
