package io.closewright.risk;

import io.closewright.ask.BuyerCompletedStep;
import io.closewright.closeplan.PlanSlipped;
import io.closewright.closeplan.StepCompleted;
import io.closewright.closeplan.StepReopened;
import io.closewright.opportunity.CloseDateMoved;
import io.closewright.opportunity.OpportunityClosed;
import io.closewright.opportunity.OpportunityCreated;
import io.closewright.opportunity.StageChanged;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the read model of a deal's risk in step after the changes that move it, once they committed
 * (through the event publication registry, so none is lost). A slip alert found here is raised at once;
 * time passing alone is caught by the recompute job.
 */
@Component
class RiskTriggers {

    private final RiskRecompute recompute;
    private final DealRisks risks;

    RiskTriggers(RiskRecompute recompute, DealRisks risks) {
        this.recompute = recompute;
        this.risks = risks;
    }

    @ApplicationModuleListener
    void on(PlanSlipped event) {
        refresh(event.workspaceId(), event.opportunityId());
    }

    @ApplicationModuleListener
    void on(CloseDateMoved event) {
        refresh(event.workspaceId(), event.opportunityId());
    }

    @ApplicationModuleListener
    void on(StepCompleted event) {
        refresh(event.workspaceId(), event.opportunityId());
    }

    @ApplicationModuleListener
    void on(StepReopened event) {
        refresh(event.workspaceId(), event.opportunityId());
    }

    @ApplicationModuleListener
    void on(OpportunityCreated event) {
        refresh(event.workspaceId(), event.opportunityId());
    }

    @ApplicationModuleListener
    void on(StageChanged event) {
        refresh(event.workspaceId(), event.opportunityId());
    }

    @ApplicationModuleListener
    void on(BuyerCompletedStep event) {
        refresh(event.workspaceId(), event.opportunityId());
    }

    @ApplicationModuleListener
    void on(OpportunityClosed event) {
        risks.drop(event.opportunityId());
    }

    private void refresh(long workspaceId, long opportunityId) {
        recompute.deals(workspaceId, List.of(opportunityId));
    }
}
