package io.closewright.closeplan;

import io.closewright.account.ContactRole;
import io.closewright.closeplan.scheduling.ScheduledStep;
import io.closewright.closeplan.scheduling.StepOwner;
import io.closewright.closeplan.scheduling.StepStatus;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One scheduled step of a plan, with who must be involved and the contact it is assigned to. */
public record PlanStepView(
        String key,
        String title,
        StepOwner owner,
        int durationDays,
        List<String> dependsOn,
        List<ContactRole> involves,
        @Nullable Long assigneeContactId,
        LocalDate latestStart,
        LocalDate dueDate,
        LocalDate earliestStart,
        LocalDate earliestFinish,
        @Nullable Integer slackDays,
        boolean critical,
        boolean overdue,
        StepStatus status,
        @Nullable LocalDate doneOn) {

    static PlanStepView of(ScheduledStep s, StepDraft draft) {
        return new PlanStepView(
                s.key(),
                s.title(),
                s.owner(),
                s.durationDays(),
                s.dependsOn(),
                draft.involves(),
                draft.assigneeContactId(),
                s.latestStart(),
                s.dueDate(),
                s.earliestStart(),
                s.earliestFinish(),
                s.slackDays(),
                s.critical(),
                s.overdue(),
                s.status(),
                s.doneOn());
    }

    public boolean done() {
        return status == StepStatus.DONE;
    }
}
