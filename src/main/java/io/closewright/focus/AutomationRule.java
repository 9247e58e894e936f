package io.closewright.focus;

import io.closewright.shared.FieldProblem;
import io.closewright.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A workspace's automation rule: a trigger, an action and whether it is on. */
@Table("automation_rule")
class AutomationRule {

    @Id
    Long id;

    long workspaceId;
    String name;

    @Column("trigger_kind")
    RuleTrigger trigger;

    String stageKey;

    @Column("trigger_days")
    Integer days;

    @Column("action_kind")
    RuleAction action;

    String templateKey;
    String taskTitle;
    Integer taskDueDays;
    boolean enabled;

    @Version
    Long version;

    static AutomationRule of(long workspaceId, RuleDraft draft) {
        AutomationRule rule = new AutomationRule();
        rule.workspaceId = workspaceId;
        rule.enabled = true;
        rule.apply(draft);
        return rule;
    }

    /** Replaces the rule's definition; refuses a rule that names no name, trigger or action, or lacks what they need. */
    void apply(RuleDraft d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.name() == null || d.name().isBlank() || d.name().trim().length() > 200) {
            problems.add(new FieldProblem("name", "give the rule a name of at most 200 characters"));
        }
        if (d.trigger() == null) {
            problems.add(new FieldProblem("trigger", "choose what makes the rule fire"));
        } else {
            if (d.trigger().needsStage() && blank(d.stage())) {
                problems.add(new FieldProblem("stage", "choose the stage a deal enters"));
            }
            if (d.trigger().needsDays() && (d.days() == null || d.days() < 1 || d.days() > 365)) {
                problems.add(new FieldProblem("days", "give a number of days from 1 to 365"));
            }
        }
        if (d.action() == null) {
            problems.add(new FieldProblem("action", "choose what the rule does"));
        } else if (d.action() == RuleAction.APPLY_TEMPLATE && blank(d.templateId())) {
            problems.add(new FieldProblem("templateId", "choose the plan template to apply"));
        } else if (d.action() == RuleAction.CREATE_TASK) {
            if (blank(d.taskTitle()) || d.taskTitle().trim().length() > RepTask.MAX_TITLE) {
                problems.add(new FieldProblem("taskTitle", "say what the task is, in at most 200 characters"));
            }
            if (d.taskDueDays() != null && (d.taskDueDays() < 0 || d.taskDueDays() > 60)) {
                problems.add(new FieldProblem("taskDueDays", "give 0 to 60 working days"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        name = d.name().trim();
        trigger = d.trigger();
        stageKey = trigger.needsStage() ? d.stage().trim() : null;
        days = trigger.needsDays() ? d.days() : null;
        action = d.action();
        templateKey = action == RuleAction.APPLY_TEMPLATE ? d.templateId().trim() : null;
        taskTitle = action == RuleAction.CREATE_TASK ? d.taskTitle().trim() : null;
        taskDueDays = action == RuleAction.CREATE_TASK ? (d.taskDueDays() == null ? 0 : d.taskDueDays()) : null;
        if (d.enabled() != null) {
            enabled = d.enabled();
        }
    }

    RuleView view() {
        return new RuleView(
                id,
                name,
                trigger,
                stageKey,
                days,
                action,
                templateKey,
                taskTitle,
                taskDueDays,
                enabled,
                version == null ? 0 : version);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
