package io.closewright.closeplan;

import io.closewright.closeplan.scheduling.StepOwner;
import java.time.LocalDate;

/**
 * A step of a deal's plan was marked done on {@code doneOn}.
 *
 * @param completedBy the user who marked it, or null when the system or a buyer did
 */
public record StepCompleted(
        long opportunityId,
        long workspaceId,
        String stepKey,
        String title,
        StepOwner owner,
        LocalDate doneOn,
        Long completedBy) {}
