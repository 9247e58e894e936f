package io.closewright.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the forecast of one scope and period said on {@code takenOn}. {@code kind} is WEEKLY (the
 * scheduled snapshot) or ON_DEMAND.
 */
public record SnapshotView(
        long id,
        long userId,
        boolean team,
        String period,
        LocalDate takenOn,
        String kind,
        BigDecimal closedWon,
        BigDecimal commit,
        BigDecimal bestCase,
        BigDecimal pipeline,
        BigDecimal weighted,
        BigDecimal expected,
        BigDecimal p10,
        BigDecimal p50,
        BigDecimal p90,
        @Nullable BigDecimal call,
        @Nullable BigDecimal quota) {}
