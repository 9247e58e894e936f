package io.closewright.ask;

import io.closewright.account.ContactView;
import io.closewright.closeplan.PlanStepView;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.web.Form;
import java.util.List;

/**
 * What the asks-and-sharing section of a deal page shows: the asks, the form for a new one (with what the
 * user typed and its errors), the share links, a link just created (its URL shown once) and what the
 * buyer did on the shared page.
 */
public record AsksSection(
        OpportunityView deal,
        List<AskView> asks,
        List<ContactView> contacts,
        List<PlanStepView> steps,
        Form form,
        List<ShareLinkView> links,
        String newLinkUrl,
        List<BuyerActivity> buyerActivity,
        String notice,
        String error) {

    public boolean open() {
        return deal.status() == io.closewright.opportunity.OpportunityStatus.OPEN;
    }

    public String contactName(Long id) {
        return id == null
                ? "anyone with the link"
                : contacts.stream()
                        .filter(c -> c.id() == id)
                        .map(ContactView::name)
                        .findFirst()
                        .orElse("a former contact");
    }
}
