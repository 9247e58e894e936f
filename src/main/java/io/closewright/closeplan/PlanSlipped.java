package io.closewright.closeplan;

import io.closewright.closeplan.scheduling.StepOwner;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A deal's plan turned OFF_TRACK: its projected close date is now after the target. Names the cause: the
 * critical open steps and the sides that own them. Published once per transition.
 */
public record PlanSlipped(
        long opportunityId,
        long workspaceId,
        long ownerId,
        LocalDate targetCloseDate,
        LocalDate projectedCloseDate,
        List<String> criticalSteps,
        Set<StepOwner> owningSides) {}
