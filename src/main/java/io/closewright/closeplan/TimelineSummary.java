package io.closewright.closeplan;

import io.closewright.shared.web.Formats;

/** The one-paragraph reading of a plan that a screen reader gets for its timeline. */
record TimelineSummary(PlanView plan, Formats fmt) {

    String text() {
        long done = plan.steps().stream().filter(PlanStepView::done).count();
        StringBuilder s = new StringBuilder("Close plan timeline: ");
        s.append(plan.steps().size()).append(plan.steps().size() == 1 ? " step, " : " steps, ");
        s.append(done).append(" done. Target close ").append(fmt.date(plan.targetCloseDate()));
        if (plan.projectedCloseDate() != null) {
            s.append("; projected close ").append(fmt.date(plan.projectedCloseDate()));
            s.append(plan.feasible() ? ", in time." : ", after the target.");
        }
        String waiting = PlanWords.waitingOn(plan);
        if (!waiting.isEmpty()) {
            s.append(" Critical: ").append(waiting).append('.');
        }
        long overdue = plan.steps().stream().filter(PlanStepView::overdue).count();
        if (overdue > 0) {
            s.append(' ').append(overdue).append(overdue == 1 ? " step overdue." : " steps overdue.");
        }
        return s.toString();
    }
}
