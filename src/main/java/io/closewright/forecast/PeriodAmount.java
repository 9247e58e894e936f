package io.closewright.forecast;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An amount one person set for one period, with its version for {@code If-Match}: a forecast call or a
 * quota.
 */
public record PeriodAmount(long userId, String period, BigDecimal amount, long version, Instant updatedAt) {}
