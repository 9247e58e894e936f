package io.closewright.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after {@code base}, then twice as long after each further
 * failure ({@code base}, 2x, 4x, ...), until {@code maxAttempts} attempts have failed; then never.
 */
record RetryPolicy(int maxAttempts, Duration base) {

    RetryPolicy {
        if (maxAttempts < 1 || base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("maxAttempts must be 1 or more and base positive");
        }
    }

    /**
     * The time of the next attempt after the attempt numbered {@code failedAttempt} (1 for the first) failed
     * at {@code at}, or empty when the delivery is to be given up.
     */
    Optional<Instant> nextAttempt(int failedAttempt, Instant at) {
        if (failedAttempt >= maxAttempts) {
            return Optional.empty();
        }
        int doublings = Math.min(failedAttempt - 1, 20);
        return Optional.of(at.plus(base.multipliedBy(1L << doublings)));
    }
}
