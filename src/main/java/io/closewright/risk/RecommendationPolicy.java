package io.closewright.risk;

import io.closewright.closeplan.scheduling.PlanSchedule;
import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What to do about a deal's signals (docs/adr/0012): re-date it when the plan is off track or the date
 * passed (to the plan's earliest close date), tell the manager when the risk is high, move an unripe deal
 * (stale and pushed or past its date) to nurture, add a stakeholder when single-threaded, and hold a
 * checkup when steps are late, blockers age or no checkup was held for a while.
 */
final class RecommendationPolicy {

    private RecommendationPolicy() {}

    static List<Recommendation> recommend(
            DealRiskFacts deal, List<RiskSignal> signals, RiskLevel level, BusinessCalendar calendar, LocalDate today) {
        Set<SignalCode> codes = signals.stream()
                .map(RiskSignal::code)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SignalCode.class)));
        List<Recommendation> out = new ArrayList<>();
        if (codes.contains(SignalCode.PLAN_OFF_TRACK) || codes.contains(SignalCode.CLOSE_DATE_PAST)) {
            out.add(redate(deal.plan(), calendar, today));
        }
        if (level == RiskLevel.HIGH) {
            out.add(new Recommendation(
                    RecommendationAction.NOTIFY_MANAGER,
                    "Escalate to your manager now, with a note on what you need from them",
                    null));
        }
        if (NurtureReason.recommended(codes)) {
            out.add(new Recommendation(
                    RecommendationAction.MOVE_TO_NURTURE,
                    "The deal is not ripe: take it out of the pipeline into a nurture campaign and free your time",
                    null));
        }
        if (codes.contains(SignalCode.SINGLE_THREADED)) {
            out.add(new Recommendation(
                    RecommendationAction.ADD_STAKEHOLDER,
                    "Involve a second contact, ideally the economic buyer or a champion",
                    null));
        }
        if (codes.contains(SignalCode.NO_RECENT_CHECKUP)
                || codes.contains(SignalCode.BLOCKER_AGING)
                || codes.contains(SignalCode.STEP_OVERDUE)
                || codes.contains(SignalCode.BUYER_STEP_OVERDUE)) {
            out.add(new Recommendation(
                    RecommendationAction.SCHEDULE_CHECKUP,
                    "Hold a checkup with the buyer that names the problem and brings a solution",
                    null));
        }
        return out;
    }

    private static Recommendation redate(PlanSchedule plan, BusinessCalendar calendar, LocalDate today) {
        if (plan == null) {
            return new Recommendation(
                    RecommendationAction.REEVALUATE_CLOSE_DATE,
                    "Pick a close date you can defend and say why; a close plan would tell the earliest one",
                    null);
        }
        LocalDate earliest = plan.earliestCloseDate();
        LocalDate suggested = earliest.isBefore(today) ? calendar.onOrAfter(today) : earliest;
        return new Recommendation(
                RecommendationAction.REEVALUATE_CLOSE_DATE,
                "Move the close date to " + Words.date(suggested) + ", the earliest the plan can make",
                suggested);
    }
}
