package io.closewright.risk;

import io.closewright.nurture.NurtureChoice;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.web.Form;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the risk section of a deal page shows: the deal, its risk today, its escalations, the re-dating and
 * escalation forms (as typed, with their problems), a note on what just happened, and the campaigns to move
 * the deal to nurture in when risk recommends it (null otherwise).
 */
public record RiskSection(
        OpportunityView deal,
        RiskView risk,
        List<EscalationView> escalations,
        Form redate,
        Form escalate,
        @Nullable String notice,
        @Nullable NurtureChoice nurture) {

    /** The reason the "Move to nurture" form proposes, naming the signals that make the deal unripe. */
    public String nurtureReason() {
        return NurtureReason.fromSignals(risk.signals());
    }

    public boolean open() {
        return deal.status() == io.closewright.opportunity.OpportunityStatus.OPEN;
    }

    public RiskBadge badge() {
        return new RiskBadge(deal.id(), risk.level(), risk.summary());
    }
}
