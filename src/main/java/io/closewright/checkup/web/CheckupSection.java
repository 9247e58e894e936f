package io.closewright.checkup.web;

import io.closewright.checkup.BlockerView;
import io.closewright.checkup.CheckupPolicyView;
import io.closewright.checkup.CheckupView;
import io.closewright.checkup.ScheduledCheckup;
import io.closewright.closeplan.PlanStepView;
import io.closewright.opportunity.OpportunityStatus;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.web.Form;
import java.util.List;

/**
 * What the checkups section of a deal page shows: the scheduled checkups, the prepare and record forms,
 * the held checkups with their quality, and the blocker log with its forms. A form that comes back with
 * problems keeps what the user typed; {@code resolvingId} names the blocker whose resolve form it is.
 */
public record CheckupSection(
        OpportunityView deal,
        boolean hasPlan,
        List<PlanStepView> steps,
        List<ScheduledCheckup> scheduled,
        List<CheckupView> checkups,
        long checkupTotal,
        List<BlockerView> blockers,
        CheckupPolicyView policy,
        Form prepareForm,
        Form recordForm,
        Form blockerForm,
        Long resolvingId,
        Form resolveForm,
        CheckupView justRecorded,
        String message) {

    public boolean open() {
        return deal.status() == OpportunityStatus.OPEN;
    }

    public List<PlanStepView> openSteps() {
        return steps.stream().filter(s -> !s.done()).toList();
    }

    /** The step's title, or the key when the plan no longer has it; "Whole deal" for none. */
    public String stepTitle(String key) {
        if (key == null) {
            return "Whole deal";
        }
        return steps.stream()
                .filter(s -> s.key().equals(key))
                .map(PlanStepView::title)
                .findFirst()
                .orElse(key);
    }

    public long openBlockers() {
        return blockers.stream().filter(BlockerView::open).count();
    }

    /** {@code today}, {@code in 1 working day}, {@code in 3 working days}. */
    public static String away(long workingDays) {
        if (workingDays <= 0) {
            return "today";
        }
        return "in " + workingDays + (workingDays == 1 ? " working day" : " working days");
    }
}
