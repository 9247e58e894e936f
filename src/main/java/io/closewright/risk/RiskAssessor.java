package io.closewright.risk;

import io.closewright.closeplan.scheduling.PlanSchedule;
import io.closewright.closeplan.scheduling.ScheduleStatus;
import io.closewright.closeplan.scheduling.ScheduledStep;
import io.closewright.closeplan.scheduling.StepOwner;
import io.closewright.opportunity.ForecastCategory;
import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Assesses a deal on a day: its signals, level, recommendations, the cause of a slip and the slip alert. */
final class RiskAssessor {

    private final RiskRules rules;
    private final BusinessCalendar calendar;
    private final LocalDate today;
    private final SignalPolicy signals;

    RiskAssessor(RiskRules rules, BusinessCalendar calendar, LocalDate today) {
        this.rules = rules;
        this.calendar = calendar;
        this.today = today;
        this.signals = new SignalPolicy(rules, calendar, today);
    }

    RiskAssessment assess(DealRiskFacts deal) {
        List<RiskSignal> found = signals.signals(deal);
        RiskLevel level = RiskLevelPolicy.level(found);
        SlipCauseView slip = slip(deal.plan());
        boolean alert = slip != null
                && slip.leavesPeriod()
                && (deal.category() == ForecastCategory.COMMIT || deal.category() == ForecastCategory.BEST_CASE);
        return new RiskAssessment(
                deal.opportunityId(),
                today,
                level,
                found,
                RecommendationPolicy.recommend(deal, found, level, calendar, today),
                deal.plan() == null ? null : deal.plan().projectedCloseDate(),
                slip,
                alert);
    }

    private SlipCauseView slip(PlanSchedule plan) {
        if (plan == null || plan.scheduleStatus() != ScheduleStatus.OFF_TRACK) {
            return null;
        }
        ForecastPeriod period = ForecastPeriod.of(plan.targetCloseDate(), rules.period());
        List<SlipStep> steps = plan.steps().stream()
                .filter(ScheduledStep::critical)
                .map(s -> new SlipStep(s.key(), s.title(), s.owner(), s.dueDate(), s.earliestFinish(), s.slackDays()))
                .toList();
        Set<StepOwner> sides = EnumSet.noneOf(StepOwner.class);
        steps.forEach(s -> sides.add(s.owner()));
        return new SlipCauseView(
                plan.targetCloseDate(),
                plan.projectedCloseDate(),
                period.label(),
                plan.projectedCloseDate().isAfter(period.end()),
                steps,
                java.util.Collections.unmodifiableSet(sides));
    }
}
