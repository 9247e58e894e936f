package io.closewright.focus;

import io.closewright.ask.OpenAsk;
import io.closewright.checkup.BlockerView;
import io.closewright.checkup.ScheduledCheckup;
import io.closewright.closeplan.PlanStepView;
import io.closewright.closeplan.PlanView;
import io.closewright.closeplan.scheduling.ScheduleStatus;
import io.closewright.closeplan.scheduling.StepOwner;
import io.closewright.opportunity.OpportunityView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rep could do today across their open deals, before ranking: open steps that are overdue, due
 * within the horizon or on the critical path with work to start; checkups still to hold up to the
 * horizon; asks due up to the horizon; open blockers; off-track plans to re-date; stale deals; and the
 * rep's open tasks due up to the horizon (snoozed ones wait). Plain Java.
 */
final class FocusCandidates {

    private final FocusInputs in;
    private final LocalDate horizon;

    private FocusCandidates(FocusInputs in) {
        this.in = in;
        this.horizon = in.horizon();
    }

    static List<Candidate> of(FocusInputs in) {
        FocusCandidates c = new FocusCandidates(in);
        List<Candidate> all = new ArrayList<>();
        in.plans().forEach((id, plan) -> all.addAll(c.steps(in.deals().get(id), plan)));
        in.checkups().forEach((id, list) -> all.addAll(c.checkups(in.deals().get(id), list)));
        in.asks().forEach(a -> c.ask(a).ifPresent(all::add));
        in.blockers().forEach(b -> all.add(c.blocker(b)));
        in.plans().forEach((id, plan) -> c.redate(in.deals().get(id), plan).ifPresent(all::add));
        in.deals().values().stream().filter(OpportunityView::stale).forEach(d -> all.add(c.stale(d)));
        in.tasks().forEach(t -> c.task(t).ifPresent(all::add));
        return all;
    }

    private List<Candidate> steps(OpportunityView deal, PlanView plan) {
        List<Candidate> steps = new ArrayList<>();
        for (PlanStepView s : plan.steps()) {
            boolean soon = !s.dueDate().isAfter(horizon);
            boolean startNow = s.critical()
                    && s.earliestStart() != null
                    && !s.earliestStart().isAfter(horizon);
            if (s.done() || !(soon || startNow)) {
                continue;
            }
            String title = s.owner() == StepOwner.BUYER
                    ? "Get the buyer to finish '" + s.title() + "'"
                    : "Finish '" + s.title() + "'";
            steps.add(new Candidate(
                    FocusKind.STEP,
                    deal,
                    s.key(),
                    title,
                    s.dueDate(),
                    s.slackDays(),
                    s.critical(),
                    FocusAction.COMPLETE_STEP,
                    null,
                    null,
                    stepReason(s)));
        }
        return steps;
    }

    private static String stepReason(PlanStepView s) {
        if (!s.critical()) {
            return s.slackDays() == null ? null : slack(s.slackDays()) + " to spare";
        }
        return "on the critical path" + (s.slackDays() == null ? "" : " with " + slack(s.slackDays()) + " of slack");
    }

    private static String slack(int days) {
        return days + (Math.abs(days) == 1 ? " working day" : " working days");
    }

    private List<Candidate> checkups(OpportunityView deal, List<ScheduledCheckup> checkups) {
        return checkups.stream()
                .filter(k -> !k.held() && (k.overdue() || !k.scheduledOn().isAfter(horizon)))
                .map(k -> new Candidate(
                        FocusKind.CHECKUP,
                        deal,
                        k.stepKey(),
                        (k.prepared() ? "Hold the checkup before '" : "Prepare the checkup before '") + k.stepTitle()
                                + "'",
                        k.overdue() ? k.plannedOn() : k.scheduledOn(),
                        null,
                        false,
                        FocusAction.PREPARE_CHECKUP,
                        null,
                        null,
                        k.prepared() ? "prepared" : "not prepared yet"))
                .toList();
    }

    private java.util.Optional<Candidate> ask(OpenAsk a) {
        OpportunityView deal = in.deals().get(a.opportunityId());
        if (deal == null || a.dueDate().isAfter(horizon)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Candidate.of(
                        FocusKind.ASK,
                        deal,
                        "Follow up with " + a.contactName() + ": " + a.text(),
                        a.dueDate(),
                        FocusAction.COMPLETE_ASK)
                .withRef(a.id())
                .because("an ask of the buyer"));
    }

    private Candidate blocker(BlockerView b) {
        LocalDate due = in.calendar().plusWorkingDays(b.raisedOn(), in.blockerLimitDays());
        Candidate c = new Candidate(
                FocusKind.BLOCKER,
                in.deals().get(b.opportunityId()),
                b.stepKey(),
                "Clear the blocker: " + b.description(),
                due,
                null,
                b.flagged(),
                FocusAction.RESOLVE_BLOCKER,
                b.id(),
                null,
                "open for " + b.ageDays() + " working days" + (b.flagged() ? ", past the limit" : ""));
        return c;
    }

    private java.util.Optional<Candidate> redate(OpportunityView deal, PlanView plan) {
        if (plan.scheduleStatus() != ScheduleStatus.OFF_TRACK || plan.earliestCloseDate() == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Candidate(
                FocusKind.REDATE,
                deal,
                null,
                "Re-date the close to the plan's earliest realistic date",
                in.today(),
                plan.minSlackDays(),
                true,
                FocusAction.REDATE,
                null,
                plan.earliestCloseDate(),
                "the plan cannot make " + deal.closeDate()));
    }

    private Candidate stale(OpportunityView deal) {
        return Candidate.of(
                        FocusKind.STALE,
                        deal,
                        "Get back in touch: no recent activity",
                        in.today(),
                        FocusAction.LOG_ACTIVITY)
                .because("stale for its stage");
    }

    private java.util.Optional<Candidate> task(TaskView t) {
        if (t.dueDate().isAfter(horizon)
                || (t.snoozedUntil() != null && t.snoozedUntil().isAfter(in.today()))) {
            return java.util.Optional.empty();
        }
        OpportunityView deal = t.opportunityId() == null ? null : in.deals().get(t.opportunityId());
        if (t.opportunityId() != null && deal == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(
                Candidate.of(FocusKind.TASK, deal, t.title(), t.dueDate(), FocusAction.COMPLETE_TASK)
                        .withRef(t.id())
                        .because("your task"));
    }
}
