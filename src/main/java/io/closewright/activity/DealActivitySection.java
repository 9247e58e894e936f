package io.closewright.activity;

import io.closewright.account.AccountManagement;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.PageSlice;
import io.closewright.shared.web.Form;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The activity section of the deal page, which the page loads with htmx: the quick-add form and the
 * timeline, filtered by one of the chips (all, a type of activity, deal changes or the plan).
 */
@Component
class DealActivitySection {

    static final int PAGE_SIZE = 20;
    static final List<String> CHIPS = List.of("", "NOTE", "CALL", "MEETING", "EMAIL", "DEAL", "PLAN");

    private final OpportunityManagement opportunities;
    private final AccountManagement accounts;
    private final Timeline timeline;
    private final WorkspaceFormats formats;
    private final Clock clock;

    DealActivitySection(
            OpportunityManagement opportunities,
            AccountManagement accounts,
            Timeline timeline,
            WorkspaceFormats formats,
            Clock clock) {
        this.opportunities = opportunities;
        this.accounts = accounts;
        this.timeline = timeline;
        this.formats = formats;
        this.clock = clock;
    }

    /** The whole section; {@code form} null for a blank quick-add form. */
    String render(Viewer viewer, long dealId, Form form, String chip, Model model) {
        OpportunityView deal = opportunities.opportunity(viewer, dealId);
        model.addAttribute("deal", deal);
        model.addAttribute("contacts", accounts.contacts(viewer, deal.accountId()));
        model.addAttribute(
                "form", form != null ? form : ActivityForms.blank(formats.of(viewer), clock.instant(), null));
        timeline(viewer, dealId, chip, 0, model);
        return "activity/section";
    }

    /** One page of the timeline, for the chips and "show more". */
    void timeline(Viewer viewer, long dealId, String chip, int page, Model model) {
        String filter = chip != null && CHIPS.contains(chip) ? chip : "";
        model.addAttribute(
                "timeline", timeline.of(viewer, dealId, TimelineKind.parse(filter), new PageSlice(page, PAGE_SIZE)));
        model.addAttribute("chip", filter);
        model.addAttribute("dealId", dealId);
    }

    Form blank(Viewer viewer) {
        return ActivityForms.blank(formats.of(viewer), clock.instant(), null);
    }
}
