package io.closewright.ask;

import io.closewright.closeplan.PlanStepView;
import io.closewright.closeplan.PlanView;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the buyer page shows, and deliberately nothing else: no amount, probability, forecast
 * category, stage, notes, checkups, blockers or other deals.
 */
public record BuyerView(
        String dealName,
        String accountName,
        String repName,
        String repEmail,
        String contactName,
        PlanView plan,
        List<PlanStepView> buyerSteps,
        List<AskView> asks,
        LocalDate today) {

    public boolean hasPlan() {
        return plan != null;
    }

    /** Whether every step {@code step} depends on is done, so that the buyer can finish it now. */
    public boolean ready(PlanStepView step) {
        return plan != null
                && step.dependsOn().stream()
                        .allMatch(key ->
                                plan.steps().stream().anyMatch(s -> s.key().equals(key) && s.done()));
    }
}
