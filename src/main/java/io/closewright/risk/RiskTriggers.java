package io.closewright.risk;

import io.closewright.activity.ActivityLogged;
import io.closewright.ask.AskFinished;
import io.closewright.ask.AskMade;
import io.closewright.ask.BuyerCompletedStep;
import io.closewright.checkup.BlockerResolved;
import io.closewright.checkup.CheckupHeld;
import io.closewright.closeplan.PlanSlipped;
import io.closewright.closeplan.StepCompleted;
import io.closewright.closeplan.StepReopened;
import io.closewright.opportunity.CloseDateMoved;
import io.closewright.opportunity.OpportunityClosed;
import io.closewright.opportunity.OpportunityCreated;
import io.closewright.opportunity.OpportunityNurtured;
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
    void on(AskMade event) {
        refresh(event.workspaceId(), event.opportunityId());
    }

    @ApplicationModuleListener
    void on(AskFinished event) {
        refresh(event.workspaceId(), event.opportunityId());
    }

    @ApplicationModuleListener
    void on(CheckupHeld event) {
        refresh(event.workspaceId(), event.opportunityId());
    }

    @ApplicationModuleListener
    void on(BlockerResolved event) {
        refresh(event.workspaceId(), event.opportunityId());
    }

    /** An activity on a deal is what makes it fresh again and may bring a second contact in. */
    @ApplicationModuleListener
    void on(ActivityLogged event) {
        if (event.opportunityId() != null) {
            refresh(event.workspaceId(), event.opportunityId());
        }
    }

    @ApplicationModuleListener
    void on(OpportunityClosed event) {
        risks.drop(event.opportunityId());
    }

    @ApplicationModuleListener
    void on(OpportunityNurtured event) {
        risks.drop(event.opportunityId());
    }

    private void refresh(long workspaceId, long opportunityId) {
        recompute.deals(workspaceId, List.of(opportunityId));
    }
}
