package io.closewright.closeplan;

import io.closewright.account.ContactView;
import io.closewright.opportunity.OpportunityStatus;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.web.Form;
import java.util.List;

/**
 * What the plan section of a deal page shows: the deal, its plan (null when it has none) drawn as a
 * timeline, the account's contacts to assign steps to, the templates to start from, and the outcome of
 * the last action: a notice, a form-wide error, or the step form that came back with field errors.
 *
 * @param editIndex the row whose edit form came back with errors, or -1
 * @param editForm that row's form as typed, or null
 * @param addForm the add-step form, blank or as typed
 */
public record PlanSection(
        OpportunityView deal,
        PlanView plan,
        String timeline,
        List<ContactView> contacts,
        List<TemplateView> templates,
        int riskBufferDays,
        String notice,
        String error,
        int editIndex,
        Form editForm,
        Form addForm) {

    public boolean hasPlan() {
        return plan != null;
    }

    /** Whether the plan can be changed here: only while the deal is open. */
    public boolean editable() {
        return deal.status() == OpportunityStatus.OPEN;
    }

    public String contactName(Long contactId) {
        return contacts.stream()
                .filter(c -> contactId != null && c.id() == contactId)
                .map(ContactView::name)
                .findFirst()
                .orElse(null);
    }

    /** The form of row {@code index}: the one that came back, or one filled in from the step. */
    public Form formOf(int index, PlanStepView step) {
        return index == editIndex && editForm != null ? editForm : StepForm.of(step);
    }

    public boolean openEdit(int index) {
        return index == editIndex;
    }

    public boolean addFormHasErrors() {
        return addForm != null && addForm.hasErrors();
    }
}
