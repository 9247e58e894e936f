package io.closewright.checkup;

import io.closewright.closeplan.scheduling.StepOwner;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A blocker as pages and the API show it, with its age in working days (to its resolution, or to today
 * while open) and whether it is flagged: open and older than the workspace's limit.
 */
public record BlockerView(
        long id,
        long opportunityId,
        @Nullable String stepKey,
        String description,
        StepOwner ownerSide,
        LocalDate raisedOn,
        long raisedBy,
        long ageDays,
        boolean flagged,
        @Nullable LocalDate resolvedOn,
        @Nullable String resolution,
        long version) {

    public boolean open() {
        return resolvedOn == null;
    }

    static BlockerView of(Blocker b, BlockerAge age) {
        return new BlockerView(
                b.id,
                b.opportunityId,
                b.stepKey,
                b.description,
                b.ownerSide,
                b.raisedOn,
                b.raisedBy,
                age.workingDays(),
                age.flagged(),
                b.resolvedOn,
                b.resolution,
                b.version == null ? 0 : b.version);
    }
}
