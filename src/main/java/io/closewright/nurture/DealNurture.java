package io.closewright.nurture;

import io.closewright.opportunity.OpportunityView;
import java.util.List;

/**
 * A deal and its nurture: the deal as it is now, every enrolment of its contacts (latest first, with
 * each email), and the revival suggestions raised when an enrolled contact came back.
 *
 * @param mailConfigured false when this instance has no mail server, so drip emails wait
 */
public record DealNurture(
        OpportunityView opportunity,
        List<EnrolmentView> enrolments,
        List<RevivalSuggestion> suggestions,
        boolean mailConfigured) {}
