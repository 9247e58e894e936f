package io.closewright.risk;

import io.closewright.shared.NoticeRaised;
import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells a deal owner's manager that a COMMIT or BEST_CASE deal slipped out of its forecast period: a
 * {@link NoticeRaised} of kind {@code slip-alert}, keyed by the deal and the number of the transition so
 * that each transition is delivered once. Owners without a manager have nobody to tell.
 */
@Component
class SlipAlerts {

    static final String KIND = "slip-alert";

    private final ApplicationEventPublisher events;

    SlipAlerts(ApplicationEventPublisher events) {
        this.events = events;
    }

    void raise(DealRiskFacts deal, RiskAssessment assessment, int transition) {
        SlipCauseView slip = assessment.slip();
        if (deal.managerId() == null || slip == null) {
            return;
        }
        String waiting = slip.steps().isEmpty()
                ? ""
                : " Waiting on: "
                        + String.join(
                                ", ",
                                slip.steps().stream()
                                        .map(s -> s.title() + " (" + Words.side(s.owner()) + ")")
                                        .toList())
                        + ".";
        String body = deal.ownerName() + "'s " + deal.category().label().toLowerCase(Locale.ROOT) + " deal "
                + deal.name() + " (" + money(deal.amount(), deal.currency()) + ") is off track: the plan projects "
                + Words.date(slip.projectedCloseDate()) + ", after the target " + Words.date(slip.targetCloseDate())
                + " and outside " + slip.forecastPeriod() + "." + waiting
                + (assessment.suggestedCloseDate() == null
                        ? ""
                        : " Earliest realistic close: " + Words.date(assessment.suggestedCloseDate()) + ".");
        events.publishEvent(new NoticeRaised(
                deal.workspaceId(),
                deal.managerId(),
                KIND,
                "Slipping out of " + slip.forecastPeriod() + ": " + deal.name(),
                body,
                "/opportunities/" + deal.opportunityId(),
                deal.opportunityId(),
                KIND + ":" + deal.opportunityId() + ":" + transition));
    }

    static String money(BigDecimal amount, String currency) {
        return currency + " " + String.format(Locale.ENGLISH, "%,.0f", amount);
    }
}
