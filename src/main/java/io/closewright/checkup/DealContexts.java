package io.closewright.checkup;

import io.closewright.closeplan.ClosePlanManagement;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.OpportunityView;
import org.springframework.stereotype.Component;

/** Loads a {@link DealContext}; a deal the viewer may not see is a 404, like a missing one. */
@Component
class DealContexts {

    private final OpportunityManagement opportunities;
    private final ClosePlanManagement plans;
    private final WorkspacePolicies policies;

    DealContexts(OpportunityManagement opportunities, ClosePlanManagement plans, WorkspacePolicies policies) {
        this.opportunities = opportunities;
        this.plans = plans;
        this.policies = policies;
    }

    DealContext of(Viewer viewer, long dealId) {
        OpportunityView deal = opportunities.opportunity(viewer, dealId);
        return new DealContext(
                viewer,
                deal,
                plans.plan(viewer, dealId),
                plans.businessCalendar(viewer.workspaceId()),
                policies.of(viewer.workspaceId()),
                opportunities.today(viewer));
    }
}
