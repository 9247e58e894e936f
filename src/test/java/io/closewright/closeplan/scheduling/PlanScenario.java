package io.closewright.closeplan.scheduling;

import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A random plan to schedule, with lookups by key for checking the result. */
record PlanScenario(List<StepSpec> steps, BusinessCalendar calendar, LocalDate target, LocalDate today) {

    PlanSchedule schedule(int riskBufferDays) {
        return new PlanScheduler().schedule(steps, target, today, calendar, riskBufferDays);
    }

    /**
     * This plan with its target {@code workingDays} working days after its projected close, and a
     * calendar day later when that is odd, which may fall on a non-working day.
     */
    PlanScenario withTargetNearProjection(int workingDays) {
        LocalDate projected = schedule(0).projectedCloseDate();
        LocalDate near = calendar.plusWorkingDays(calendar.onOrAfter(projected), workingDays);
        return new PlanScenario(steps, calendar, workingDays % 2 == 0 ? near : near.plusDays(1), today);
    }

    Map<String, StepSpec> specsByKey() {
        Map<String, StepSpec> byKey = new HashMap<>();
        steps.forEach(step -> byKey.put(step.key(), step));
        return byKey;
    }

    Map<String, List<String>> successorsByKey() {
        Map<String, List<String>> successors = new HashMap<>();
        steps.forEach(step -> successors.put(step.key(), new ArrayList<>()));
        steps.forEach(step -> step.dependsOn()
                .forEach(predecessor -> successors.get(predecessor).add(step.key())));
        return successors;
    }

    boolean anyOpen() {
        return steps.stream().anyMatch(step -> !step.done());
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("target " + target + ", today " + today + ", " + calendar);
        steps.forEach(step -> text.append("\n  ")
                .append(step.key())
                .append(' ')
                .append(step.durationDays())
                .append(" after ")
                .append(step.dependsOn())
                .append(step.done() ? " done " + step.doneOn() : ""));
        return text.toString();
    }
}
