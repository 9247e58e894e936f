package io.closewright.risk;

import io.closewright.closeplan.scheduling.PlanSchedule;
import io.closewright.closeplan.scheduling.ScheduleStatus;
import io.closewright.closeplan.scheduling.ScheduledStep;
import io.closewright.closeplan.scheduling.StepOwner;
import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The risk signals of an open deal on a given day. Plain code: everything comes in as arguments, so a
 * signal appears and clears exactly when its facts and the day say so.
 */
final class SignalPolicy {

    private final RiskRules rules;
    private final BusinessCalendar calendar;
    private final LocalDate today;

    SignalPolicy(RiskRules rules, BusinessCalendar calendar, LocalDate today) {
        this.rules = rules;
        this.calendar = calendar;
        this.today = today;
    }

    /** The deal's signals in {@link SignalCode} order. */
    List<RiskSignal> signals(DealRiskFacts deal) {
        List<RiskSignal> signals = new ArrayList<>();
        PlanSchedule plan = deal.plan();
        if (plan == null) {
            signals.add(
                    new RiskSignal(SignalCode.NO_PLAN, "No close plan: nothing tells whether the date is realistic"));
        } else if (plan.scheduleStatus() == ScheduleStatus.OFF_TRACK) {
            signals.add(new RiskSignal(SignalCode.PLAN_OFF_TRACK, offTrack(plan)));
        }
        if (deal.closeDate().isBefore(today)) {
            signals.add(new RiskSignal(
                    SignalCode.CLOSE_DATE_PAST, "The close date " + Words.date(deal.closeDate()) + " has passed"));
        }
        if (plan != null) {
            overdue(plan, false).ifAny(s -> signals.add(new RiskSignal(SignalCode.STEP_OVERDUE, s)));
            overdue(plan, true).ifAny(s -> signals.add(new RiskSignal(SignalCode.BUYER_STEP_OVERDUE, s)));
        }
        asks(deal, signals);
        blockers(deal, signals);
        if (deal.closeDatePushes() >= rules.pushLimit()) {
            signals.add(new RiskSignal(
                    SignalCode.CLOSE_DATE_PUSHED,
                    "Close date pushed " + Words.count(deal.closeDatePushes(), "time", "times")));
        }
        if (deal.stale()) {
            signals.add(new RiskSignal(SignalCode.STALE, "No activity for longer than the stage allows"));
        }
        checkup(deal, signals);
        if (deal.contactsInvolved() <= 1) {
            signals.add(new RiskSignal(
                    SignalCode.SINGLE_THREADED,
                    deal.contactsInvolved() == 0
                            ? "No contact of the buyer is involved yet"
                            : "Only one contact of the buyer is involved"));
        }
        signals.sort(java.util.Comparator.comparing(RiskSignal::code));
        return signals;
    }

    private static String offTrack(PlanSchedule plan) {
        List<ScheduledStep> critical =
                plan.steps().stream().filter(ScheduledStep::critical).toList();
        String waiting = critical.isEmpty()
                ? ""
                : "; waiting on "
                        + String.join(
                                ", ",
                                critical.stream()
                                        .map(s -> s.title() + " (" + Words.side(s.owner()) + ")")
                                        .toList());
        return "Projected close " + Words.date(plan.projectedCloseDate()) + " is after the target "
                + Words.date(plan.targetCloseDate()) + waiting;
    }

    private Detail overdue(PlanSchedule plan, boolean buyer) {
        List<ScheduledStep> late = plan.steps().stream()
                .filter(s -> s.overdue() && (s.owner() == StepOwner.BUYER) == buyer)
                .sorted(java.util.Comparator.comparing(ScheduledStep::dueDate))
                .toList();
        if (late.isEmpty()) {
            return Detail.NONE;
        }
        ScheduledStep first = late.get(0);
        String more = late.size() > 1 ? " and " + Words.count(late.size() - 1, "more step", "more steps") : "";
        return new Detail(first.title() + " was due " + Words.date(first.dueDate()) + more);
    }

    private void asks(DealRiskFacts deal, List<RiskSignal> signals) {
        List<LocalDate> due = deal.overdueAskDueDates().stream()
                .filter(d -> d.isBefore(today))
                .sorted()
                .toList();
        if (!due.isEmpty()) {
            signals.add(new RiskSignal(
                    SignalCode.ASK_OVERDUE,
                    Words.count(due.size(), "ask", "asks") + " past due, the oldest since " + Words.date(due.get(0))));
        }
    }

    private void blockers(DealRiskFacts deal, List<RiskSignal> signals) {
        List<Long> ages = deal.openBlockersRaisedOn().stream()
                .map(raised -> Math.max(0, calendar.workingDaysBetween(raised, today)))
                .filter(age -> age > rules.blockerAgeLimitDays())
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
        if (!ages.isEmpty()) {
            signals.add(new RiskSignal(
                    SignalCode.BLOCKER_AGING,
                    Words.count(ages.size(), "blocker", "blockers") + " open longer than " + rules.blockerAgeLimitDays()
                            + " working days, the oldest for " + ages.get(0)));
        }
    }

    private void checkup(DealRiskFacts deal, List<RiskSignal> signals) {
        PlanSchedule plan = deal.plan();
        if (plan == null || plan.steps().stream().allMatch(s -> s.doneOn() != null)) {
            return;
        }
        LocalDate since = deal.lastCheckupOn() == null ? deal.createdOn() : deal.lastCheckupOn();
        long gap = calendar.workingDaysBetween(since, today);
        if (gap > rules.checkupGapDays()) {
            signals.add(new RiskSignal(
                    SignalCode.NO_RECENT_CHECKUP,
                    deal.lastCheckupOn() == null
                            ? "No checkup held in the " + gap + " working days since the deal was opened"
                            : "No checkup held for " + gap + " working days"));
        }
    }

    /** A signal's detail, or none. */
    private record Detail(String text) {
        static final Detail NONE = new Detail(null);

        void ifAny(java.util.function.Consumer<String> use) {
            if (text != null) {
                use.accept(text);
            }
        }
    }
}
