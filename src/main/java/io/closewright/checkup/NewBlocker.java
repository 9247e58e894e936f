package io.closewright.checkup;

import io.closewright.closeplan.scheduling.StepOwner;

/**
 * A blocker to raise: what blocks the deal, the step it holds up (optional), the side that must clear it,
 * and the day it was noticed (today or earlier; null for today).
 */
public record NewBlocker(String description, String stepKey, StepOwner ownerSide, java.time.LocalDate raisedOn) {

    public NewBlocker(String description, String stepKey, StepOwner ownerSide) {
        this(description, stepKey, ownerSide, null);
    }

    /** Trims the texts; blank ones count as absent. */
    public NewBlocker {
        description = Texts.trimmed(description);
        stepKey = Texts.trimmed(stepKey);
    }
}
