package io.closewright.closeplan;

import io.closewright.closeplan.scheduling.ScheduleStatus;
import io.closewright.closeplan.scheduling.StepOwner;
import io.closewright.closeplan.scheduling.StepSpec;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StateConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A deal's close plan: its steps in the order the user wrote them, which are done and when, and the
 * schedule status it had when last saved (so that a turn to OFF_TRACK is noticed once).
 */
@Table("close_plan")
class ClosePlan {

    @Id
    @Column("opportunity_id")
    Long opportunityId;

    Long workspaceId;
    String templateKey;
    ScheduleStatus scheduleStatus;

    @MappedCollection(idColumn = "close_plan_id", keyColumn = "position")
    List<StoredStep> steps = new ArrayList<>();

    @Version
    Long version;

    Instant updatedAt;

    static ClosePlan of(long opportunityId, long workspaceId, String templateKey, List<StepDraft> drafts) {
        ClosePlan plan = new ClosePlan();
        plan.opportunityId = opportunityId;
        plan.workspaceId = workspaceId;
        plan.templateKey = templateKey;
        plan.scheduleStatus = ScheduleStatus.ON_TRACK;
        plan.replaceSteps(drafts, templateKey);
        return plan;
    }

    /** Replaces the steps; steps whose key stays keep their done date. */
    void replaceSteps(List<StepDraft> drafts, String template) {
        List<StoredStep> next = new ArrayList<>();
        for (StepDraft draft : drafts) {
            StoredStep step = StoredStep.of(draft);
            steps.stream().filter(s -> s.key.equals(step.key)).findFirst().ifPresent(old -> step.doneOn = old.doneOn);
            next.add(step);
        }
        steps = next;
        templateKey = template;
    }

    /** Marks a step done on {@code on}; a step cannot be done in the future or before the steps it depends on. */
    void complete(String key, LocalDate on, LocalDate today) {
        StoredStep step = step(key);
        if (on.isAfter(today)) {
            throw new RuleViolationException("doneOn", "must be today or earlier");
        }
        for (String dependency : Lists.keys(step.dependsOn)) {
            if (step(dependency).doneOn == null) {
                throw new StateConflictException(
                        "Finish '" + step(dependency).title + "' first: '" + step.title + "' depends on it");
            }
        }
        step.doneOn = on;
    }

    /** Marks a step open again; steps that depend on it must be open. */
    void reopen(String key) {
        StoredStep step = step(key);
        for (StoredStep other : steps) {
            if (other.doneOn != null && Lists.keys(other.dependsOn).contains(key)) {
                throw new StateConflictException(
                        "Reopen '" + other.title + "' first: it depends on '" + step.title + "'");
            }
        }
        step.doneOn = null;
    }

    /** Checks that only a buyer-owned step is being completed, for the buyer's shared page. */
    void requireOwner(String key, StepOwner owner) {
        if (step(key).owner != owner) {
            throw new NotFoundException("Step", key);
        }
    }

    List<StepSpec> specs() {
        return steps.stream().map(StoredStep::spec).toList();
    }

    List<StepDraft> drafts() {
        return steps.stream().map(StoredStep::draft).toList();
    }

    StoredStep step(String key) {
        return steps.stream()
                .filter(s -> s.key.equals(key))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Step", key));
    }
}
