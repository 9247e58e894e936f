package io.closewright.closeplan;

import io.closewright.account.AccountManagement;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.OpportunityView;
import org.springframework.stereotype.Component;

/** Gathers what the plan section of a deal page shows, as the viewer may see it. */
@Component
class PlanSections {

    static final String VIEW = "closeplan/section";

    private final ClosePlanManagement plans;
    private final OpportunityManagement opportunities;
    private final AccountManagement accounts;

    PlanSections(ClosePlanManagement plans, OpportunityManagement opportunities, AccountManagement accounts) {
        this.plans = plans;
        this.opportunities = opportunities;
        this.accounts = accounts;
    }

    PlanSection of(Viewer viewer, long opportunityId, SectionNote note) {
        OpportunityView deal = opportunities.opportunity(viewer, opportunityId);
        PlanView plan = plans.plan(viewer, opportunityId).orElse(null);
        return new PlanSection(
                deal,
                plan,
                plan == null ? null : PlanTimeline.svg(plan),
                accounts.contacts(viewer, deal.accountId()),
                plan == null ? plans.templates(viewer) : java.util.List.of(),
                plans.calendar(viewer).riskBufferDays(),
                note.notice(),
                note.error(),
                note.editIndex(),
                note.editForm(),
                note.addForm() == null ? StepForm.blank() : note.addForm());
    }
}
