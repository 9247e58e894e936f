package io.closewright.closeplan.scheduling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Why a plan slipped: its critical open steps and the sides that own them, for the event that
 * tells a slip and names its cause.
 *
 * @param steps the critical open steps in schedule order; empty when every step is done
 * @param owners the sides owning those steps, in {@link StepOwner} order
 */
public record SlipCause(List<ScheduledStep> steps, Set<StepOwner> owners) {

    public SlipCause {
        steps = List.copyOf(steps);
        owners = owners.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(owners));
    }

    /** The cause of a slip of {@code schedule}: its critical steps, all open by definition. */
    public static SlipCause of(PlanSchedule schedule) {
        List<ScheduledStep> critical = new ArrayList<>();
        Set<StepOwner> owners = EnumSet.noneOf(StepOwner.class);
        for (ScheduledStep step : schedule.steps()) {
            if (step.critical()) {
                critical.add(step);
                owners.add(step.owner());
            }
        }
        return new SlipCause(critical, owners);
    }

    /** The keys of the critical open steps in schedule order. */
    public List<String> stepKeys() {
        return steps.stream().map(ScheduledStep::key).toList();
    }
}
