package io.closewright.closeplan;

import io.closewright.account.AccountManagement;
import io.closewright.account.ContactView;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.FieldProblem;
import io.closewright.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The rule for who a step may be assigned to on the buyer's side: a contact of the deal's account that
 * the viewer can see. Any other id, a contact of another account included, is refused as if unknown.
 */
@Component
class StepAssignees {

    private final AccountManagement accounts;

    StepAssignees(AccountManagement accounts) {
        this.accounts = accounts;
    }

    void check(Viewer viewer, OpportunityView deal, List<StepDraft> drafts) {
        if (drafts.stream().allMatch(d -> d.assigneeContactId() == null)) {
            return;
        }
        Set<Long> contacts = accounts.contacts(viewer, deal.accountId()).stream()
                .map(ContactView::id)
                .collect(Collectors.toSet());
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Long assignee = drafts.get(i).assigneeContactId();
            if (assignee != null && !contacts.contains(assignee)) {
                problems.add(new FieldProblem(
                        "steps[" + i + "].assigneeContactId", "choose a contact of " + deal.accountName()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
    }
}
