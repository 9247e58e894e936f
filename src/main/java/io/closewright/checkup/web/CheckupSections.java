package io.closewright.checkup.web;

import io.closewright.checkup.BlockerView;
import io.closewright.checkup.CheckupManagement;
import io.closewright.checkup.ScheduledCheckup;
import io.closewright.closeplan.ClosePlanManagement;
import io.closewright.closeplan.PlanStepView;
import io.closewright.closeplan.PlanView;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.PageSlice;
import io.closewright.shared.web.Form;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Builds the {@link CheckupSection} of a deal with blank forms, prefilled as the user asked. */
@Component
class CheckupSections {

    private final CheckupManagement checkups;
    private final OpportunityManagement opportunities;
    private final ClosePlanManagement plans;

    CheckupSections(CheckupManagement checkups, OpportunityManagement opportunities, ClosePlanManagement plans) {
        this.checkups = checkups;
        this.opportunities = opportunities;
        this.plans = plans;
    }

    /** Forms to show in place of the blank ones; null keeps a blank one. */
    record Forms(Form prepare, Form record, Form blocker, Long resolvingId, Form resolve) {

        static Forms blank() {
            return new Forms(null, null, null, null, null);
        }
    }

    CheckupSection section(
            Viewer viewer, long dealId, Forms forms, io.closewright.checkup.CheckupView justRecorded, String message) {
        OpportunityView deal = opportunities.opportunity(viewer, dealId);
        Optional<PlanView> plan = plans.plan(viewer, dealId);
        List<ScheduledCheckup> scheduled = checkups.scheduled(viewer, dealId);
        var held = checkups.checkups(viewer, dealId, new PageSlice(0, 20));
        List<BlockerView> blockers =
                checkups.blockers(viewer, dealId, new PageSlice(0, 100)).items();
        Form prepare = forms.prepare() != null ? forms.prepare() : prepareFor(scheduled, firstDue(scheduled), null);
        Form record =
                forms.record() != null ? forms.record() : Form.empty().with("heldOn", opportunities.today(viewer));
        return new CheckupSection(
                deal,
                plan.isPresent(),
                plan.map(PlanView::steps).orElse(List.<PlanStepView>of()),
                scheduled,
                held.items(),
                held.total(),
                blockers,
                checkups.policy(viewer),
                prepare,
                record,
                forms.blocker() != null ? forms.blocker() : Form.empty().with("ownerSide", "BUYER"),
                forms.resolvingId(),
                forms.resolve(),
                justRecorded,
                message);
    }

    /** The prepare form for a step, with what was prepared for it (or {@code problem} when given). */
    static Form prepareFor(List<ScheduledCheckup> scheduled, String stepKey, String problem) {
        Form form = Form.empty().with("stepKey", stepKey);
        scheduled.stream()
                .filter(s -> s.stepKey().equals(stepKey))
                .findFirst()
                .ifPresent(s -> form.with("problem", s.preparedProblem()).with("solution", s.preparedSolution()));
        if (problem != null) {
            form.with("problem", problem);
        }
        return form;
    }

    /** The record form for a step's checkup, filled with what was prepared for it. */
    static Form recordFor(List<ScheduledCheckup> scheduled, String stepKey, java.time.LocalDate today) {
        Form form = Form.empty().with("heldOn", today).with("stepKey", stepKey);
        scheduled.stream()
                .filter(s -> s.stepKey().equals(stepKey))
                .findFirst()
                .ifPresent(s -> form.with("problem", s.preparedProblem()).with("solution", s.preparedSolution()));
        return form;
    }

    private static String firstDue(List<ScheduledCheckup> scheduled) {
        return scheduled.stream()
                .filter(s -> !s.held())
                .map(ScheduledCheckup::stepKey)
                .findFirst()
                .orElse(null);
    }
}
