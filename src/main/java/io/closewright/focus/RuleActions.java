package io.closewright.focus;

import io.closewright.closeplan.ClosePlanManagement;
import io.closewright.identity.IdentityManagement;
import io.closewright.shared.NoticeRaised;
import io.closewright.shared.calendar.BusinessCalendar;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Does what a rule says for one occurrence: apply a template, create a task, or tell the owner or manager. */
@Component
class RuleActions {

    private final TaskBook tasks;
    private final ClosePlanManagement plans;
    private final IdentityManagement identity;
    private final ApplicationEventPublisher events;

    RuleActions(
            TaskBook tasks, ClosePlanManagement plans, IdentityManagement identity, ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.plans = plans;
        this.identity = identity;
        this.events = events;
    }

    void perform(AutomationRule rule, Occurrence o) {
        switch (rule.action) {
            case APPLY_TEMPLATE -> plans.applyTemplate(o.dealId(), o.workspaceId(), rule.templateKey);
            case CREATE_TASK -> {
                BusinessCalendar calendar = plans.businessCalendar(o.workspaceId());
                int days = rule.taskDueDays == null ? 0 : rule.taskDueDays;
                tasks.createForRule(
                        o.workspaceId(),
                        o.ownerId(),
                        o.dealId(),
                        rule.taskTitle,
                        days == 0 ? o.on() : calendar.plusWorkingDays(o.on(), days),
                        rule.id);
            }
            case NOTIFY_OWNER -> notify(rule, o, Optional.of(o.ownerId()));
            case NOTIFY_MANAGER -> notify(rule, o, identity.managerOf(o.ownerId()));
        }
    }

    private void notify(AutomationRule rule, Occurrence o, Optional<Long> recipient) {
        recipient.ifPresent(id -> events.publishEvent(new NoticeRaised(
                o.workspaceId(),
                id,
                "rule",
                rule.name + ": " + o.dealName(),
                o.what(),
                "/opportunities/" + o.dealId(),
                o.dealId(),
                "rule:" + rule.id + ":" + o.key())));
    }
}
