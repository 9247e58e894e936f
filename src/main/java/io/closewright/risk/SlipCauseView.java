package io.closewright.risk;

import io.closewright.closeplan.scheduling.StepOwner;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Why a deal's plan is off track: the critical open steps and the sides that own them, and whether the
 * projected close leaves the deal's forecast period.
 *
 * @param forecastPeriod the period of the target close date ({@code 2026-Q4} or {@code 2026-12})
 * @param leavesPeriod whether the projected close is after the end of that period
 */
public record SlipCauseView(
        LocalDate targetCloseDate,
        LocalDate projectedCloseDate,
        String forecastPeriod,
        boolean leavesPeriod,
        List<SlipStep> steps,
        Set<StepOwner> sides) {}
