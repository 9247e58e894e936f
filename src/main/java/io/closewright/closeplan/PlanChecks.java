package io.closewright.closeplan;

import io.closewright.closeplan.scheduling.InvalidPlanException;
import io.closewright.closeplan.scheduling.PlanSchedule;
import io.closewright.closeplan.scheduling.PlanScheduler;
import io.closewright.closeplan.scheduling.StepSpec;
import io.closewright.shared.FieldProblem;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the scheduler and turns a refused plan into field problems ({@code steps[2].durationDays: ...}),
 * after the checks the scheduler does not make: text lengths and a null list.
 */
final class PlanChecks {

    private static final PlanScheduler SCHEDULER = new PlanScheduler();

    private PlanChecks() {}

    static PlanSchedule schedule(
            List<StepSpec> steps, LocalDate target, LocalDate today, BusinessCalendar calendar, int buffer) {
        try {
            return SCHEDULER.schedule(steps, target, today, calendar, buffer);
        } catch (InvalidPlanException e) {
            throw new RuleViolationException(e.problems().stream()
                    .map(p -> new FieldProblem(p.field(), p.message()))
                    .toList());
        }
    }

    static void checkDrafts(List<StepDraft> drafts) {
        if (drafts == null || drafts.isEmpty()) {
            throw new RuleViolationException("steps", "a plan needs at least one step");
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            StepDraft d = drafts.get(i);
            if (d == null) {
                problems.add(new FieldProblem("steps[" + i + "]", "must not be empty"));
                continue;
            }
            if (d.key() != null && (d.key().length() > 60 || d.key().contains(","))) {
                problems.add(new FieldProblem("steps[" + i + "].key", "must be at most 60 characters, without commas"));
            }
            if (d.title() != null && d.title().length() > 200) {
                problems.add(new FieldProblem("steps[" + i + "].title", "must be at most 200 characters"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
    }

    /** Validates a template's steps as a plan, with any date. */
    static void checkAsPlan(List<StepDraft> drafts, LocalDate today) {
        checkDrafts(drafts);
        schedule(
                drafts.stream()
                        .map(d -> new StepSpec(d.key(), d.title(), d.owner(), d.durationDays(), d.dependsOn(), null))
                        .toList(),
                today,
                today,
                BusinessCalendar.mondayToFriday(),
                0);
    }
}
