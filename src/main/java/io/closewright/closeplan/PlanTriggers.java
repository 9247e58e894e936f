package io.closewright.closeplan;

import io.closewright.opportunity.CloseDateMoved;
import io.closewright.opportunity.OpportunityCreated;
import io.closewright.opportunity.StageChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps plans in step with their deals, inside the deal's own transaction: a deal entering a stage with
 * an attached template gets that plan if it has none, and a moved close date re-dates the plan at once.
 */
@Component
class PlanTriggers {

    private final ClosePlanManagement plans;

    PlanTriggers(ClosePlanManagement plans) {
        this.plans = plans;
    }

    @EventListener
    void on(OpportunityCreated event) {
        plans.applyStageTemplate(event.opportunityId(), event.workspaceId(), event.stage());
    }

    @EventListener
    void on(StageChanged event) {
        plans.applyStageTemplate(event.opportunityId(), event.workspaceId(), event.to());
    }

    @EventListener
    void on(CloseDateMoved event) {
        plans.refresh(event.opportunityId());
    }
}
