package io.closewright.closeplan.scheduling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A step of a close plan as the user defined it. Validation happens when the plan is scheduled,
 * so a spec may hold bad values; see {@link PlanScheduler#schedule}.
 *
 * @param key unique within the plan, referenced by {@code dependsOn}
 * @param title what the step is
 * @param owner the side that owns the step
 * @param durationDays working days the step takes, 1 to 250
 * @param dependsOn keys of the steps that must finish before this one starts; null means none;
 *     kept as an unmodifiable copy
 * @param doneOn the date the step was done, or null while it is open
 */
public record StepSpec(
        String key, String title, StepOwner owner, int durationDays, List<String> dependsOn, LocalDate doneOn) {

    public StepSpec {
        dependsOn = dependsOn == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(dependsOn));
    }

    /** An open step. */
    public static StepSpec open(String key, String title, StepOwner owner, int durationDays, String... dependsOn) {
        return new StepSpec(key, title, owner, durationDays, Arrays.asList(dependsOn), null);
    }

    /** This step, done on {@code date}; open again when {@code date} is null. */
    public StepSpec withDoneOn(LocalDate date) {
        return new StepSpec(key, title, owner, durationDays, dependsOn, date);
    }

    /** Whether the step is done. */
    public boolean done() {
        return doneOn != null;
    }
}
