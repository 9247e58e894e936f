package io.closewright.focus;

import io.closewright.identity.WorkspaceCreated;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The rules every new workspace starts with, enabled (the V7 migration gives existing workspaces the
 * same): a task when a deal reaches the proposal, the owner told when a plan goes off track or an ask is
 * overdue, the manager told when a blocker ages, and a task when a deal has been quiet for three weeks.
 */
@Component
class DefaultRules {

    static final List<RuleDraft> DRAFTS = List.of(
            new RuleDraft(
                    "Proposal stage: walk the champion through it",
                    RuleTrigger.STAGE_ENTERED,
                    "propose",
                    null,
                    RuleAction.CREATE_TASK,
                    null,
                    "Walk the champion through the proposal",
                    2,
                    true),
            new RuleDraft(
                    "Plan off track: tell the owner",
                    RuleTrigger.PLAN_OFF_TRACK,
                    null,
                    null,
                    RuleAction.NOTIFY_OWNER,
                    null,
                    null,
                    null,
                    true),
            new RuleDraft(
                    "Ask overdue: tell the owner",
                    RuleTrigger.ASK_OVERDUE,
                    null,
                    null,
                    RuleAction.NOTIFY_OWNER,
                    null,
                    null,
                    null,
                    true),
            new RuleDraft(
                    "Blocker aging: tell the manager",
                    RuleTrigger.BLOCKER_AGING,
                    null,
                    5,
                    RuleAction.NOTIFY_MANAGER,
                    null,
                    null,
                    null,
                    true),
            new RuleDraft(
                    "Quiet for three weeks: get back in touch",
                    RuleTrigger.NO_ACTIVITY,
                    null,
                    21,
                    RuleAction.CREATE_TASK,
                    null,
                    "Get back in touch: no activity for three weeks",
                    0,
                    true));

    private final AutomationRules rules;

    DefaultRules(AutomationRules rules) {
        this.rules = rules;
    }

    @EventListener
    void addDefaults(WorkspaceCreated event) {
        DRAFTS.forEach(d -> rules.save(AutomationRule.of(event.workspaceId(), d)));
    }
}
