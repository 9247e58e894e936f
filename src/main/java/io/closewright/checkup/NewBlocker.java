package io.closewright.checkup;

import io.closewright.closeplan.scheduling.StepOwner;

/** A blocker to raise: what blocks the deal, the step it holds up (optional) and the side that must clear it. */
public record NewBlocker(String description, String stepKey, StepOwner ownerSide) {

    public NewBlocker {
        description = Texts.trimmed(description);
        stepKey = Texts.trimmed(stepKey);
    }
}
