package io.closewright.nurture;

import io.closewright.opportunity.OpportunityStatus;
import io.closewright.shared.web.Form;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the nurture section of a deal page shows: for an open deal the form to park it (campaigns to
 * pick, what the user typed and its errors), for a nurtured one its drip, the revival suggestions and
 * the form to revive it.
 */
public record NurtureSection(DealNurture nurture, List<CampaignView> campaigns, Form form, boolean canMakeCampaigns) {

    public long id() {
        return nurture.opportunity().id();
    }

    public boolean open() {
        return nurture.opportunity().status() == OpportunityStatus.OPEN;
    }

    public boolean nurtured() {
        return nurture.opportunity().status() == OpportunityStatus.NURTURE;
    }

    /** The enrolments of the current drip (the latest nurture of the deal). */
    public List<EnrolmentView> current() {
        List<EnrolmentView> all = nurture.enrolments();
        if (all.isEmpty()) {
            return all;
        }
        java.time.Instant latest = all.get(0).enrolledAt();
        return all.stream().filter(e -> e.enrolledAt().equals(latest)).toList();
    }

    public @Nullable EnrolmentView first() {
        List<EnrolmentView> current = current();
        return current.isEmpty() ? null : current.get(0);
    }
}
