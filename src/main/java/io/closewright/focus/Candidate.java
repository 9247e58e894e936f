package io.closewright.focus;

import io.closewright.opportunity.OpportunityView;
import java.time.LocalDate;

/**
 * Something the rep could do, before it is scored: its kind, deal (null for a task without one), the due
 * date urgency counts to, the step's slack and criticality, and what its action button does.
 *
 * @param reason the kind's own part of the "why" ({@code "on the critical path"}), or null
 */
record Candidate(
        FocusKind kind,
        OpportunityView deal,
        String stepKey,
        String title,
        LocalDate dueDate,
        Integer slackDays,
        boolean critical,
        FocusAction action,
        Long refId,
        LocalDate suggestedCloseDate,
        String reason) {

    static Candidate of(FocusKind kind, OpportunityView deal, String title, LocalDate due, FocusAction action) {
        return new Candidate(kind, deal, null, title, due, null, false, action, null, null, null);
    }

    Candidate withRef(Long id) {
        return new Candidate(
                kind, deal, stepKey, title, dueDate, slackDays, critical, action, id, suggestedCloseDate, reason);
    }

    Candidate because(String why) {
        return new Candidate(
                kind, deal, stepKey, title, dueDate, slackDays, critical, action, refId, suggestedCloseDate, why);
    }
}
