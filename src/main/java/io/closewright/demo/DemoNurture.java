package io.closewright.demo;

import io.closewright.identity.Viewer;
import io.closewright.nurture.CampaignStep;
import io.closewright.nurture.CampaignView;
import io.closewright.nurture.NurtureManagement;
import io.closewright.opportunity.OpportunityFilter;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.OpportunitySort;
import io.closewright.opportunity.OpportunityStatus;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.PageSlice;
import java.util.List;
import org.springframework.stereotype.Component;

/** Two nurture campaigns, and the demo's least ripe early deals (the ones closing last) parked in them. */
@Component
class DemoNurture {

    private static final List<String> REASONS = List.of(
            "Budget frozen until the new fiscal year",
            "Champion on parental leave until spring",
            "Waiting for their ERP migration to finish",
            "Re-org: no decision maker until Q2");

    private final NurtureManagement nurture;
    private final OpportunityManagement opportunities;

    DemoNurture(NurtureManagement nurture, OpportunityManagement opportunities) {
        this.nurture = nurture;
        this.opportunities = opportunities;
    }

    void add(Viewer boss) {
        CampaignView gently = nurture.createCampaign(
                boss,
                "Next quarter, gently",
                List.of(
                        new CampaignStep(
                                0,
                                "Picking this up again later, {{firstName}}",
                                "Hi {{firstName}},\n\nThanks for your time on {{dealName}}. As agreed we will pause"
                                        + " for now; I will send a few useful notes meanwhile.\n\n{{repSignature}}"),
                        new CampaignStep(
                                14,
                                "How teams like {{accountName}} plan their close",
                                "Hi {{firstName}},\n\nA short case study on working back from a go-live date.\n\n{{repSignature}}"),
                        new CampaignStep(
                                45,
                                "Is the timing better now?",
                                "Hi {{firstName}},\n\nHas anything changed on your side? Happy to pick up where we"
                                        + " left off.\n\n{{repSignature}}")));
        nurture.createCampaign(
                boss,
                "Budget season",
                List.of(
                        new CampaignStep(
                                0,
                                "Your budget planning, {{firstName}}",
                                "Hi {{firstName}},\n\nWhen your budget round opens, here is a one-page business case"
                                        + " you can reuse.\n\n{{repSignature}}"),
                        new CampaignStep(
                                30,
                                "Ready when your budget is",
                                "Hi {{firstName}},\n\nShall we book 20 minutes once the numbers are in?\n\n{{repSignature}}")));
        OpportunityFilter latest = new OpportunityFilter(
                null,
                null,
                null,
                OpportunityStatus.OPEN,
                "qualify",
                null,
                null,
                null,
                OpportunitySort.CLOSE_DATE,
                true);
        List<OpportunityView> unripe = opportunities
                .opportunities(boss, latest, new PageSlice(0, REASONS.size()))
                .items();
        for (int i = 0; i < unripe.size(); i++) {
            nurture.nurture(boss, unripe.get(i).id(), gently.id(), REASONS.get(i), null);
        }
    }
}
