package io.closewright.checkup;

import io.closewright.closeplan.PlanStepView;
import io.closewright.closeplan.PlanView;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityStatus;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StateConflictException;
import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One deal the viewer may see, with its plan as scheduled today, the workspace calendar and checkup policy. */
record DealContext(
        Viewer viewer,
        OpportunityView deal,
        Optional<PlanView> plan,
        BusinessCalendar calendar,
        CheckupPolicy policy,
        LocalDate today) {

    List<PlanStepView> steps() {
        return plan.map(PlanView::steps).orElse(List.of());
    }

    /** The checkups of the open steps, before what has been held and prepared is added. */
    List<ScheduledCheckup> schedule() {
        List<StepDeadline> deadlines = steps().stream().map(StepDeadline::of).toList();
        return CheckupSchedule.of(deal.id(), deadlines, calendar, today, policy.leadDays);
    }

    /** The step named {@code key}; 400 naming {@code field} when the plan has no such step. */
    PlanStepView step(String key, String field) {
        return steps().stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(
                        field,
                        plan.isEmpty()
                                ? "the deal has no plan, so no step '" + key + "'"
                                : "no step '" + key + "' in the plan"));
    }

    /**
     * The deadline a checkup serves: its step's due date, or without a step the next due open step's
     * (the close date when no step is open).
     */
    LocalDate deadline(String stepKey) {
        if (stepKey != null) {
            return step(stepKey, "stepKey").dueDate();
        }
        return steps().stream()
                .filter(s -> !s.done())
                .map(PlanStepView::dueDate)
                .min(Comparator.naturalOrder())
                .orElse(deal.closeDate());
    }

    void requireOpen() {
        if (deal.status() != OpportunityStatus.OPEN) {
            throw new StateConflictException("The deal is closed: its checkups and blockers no longer change");
        }
    }
}
