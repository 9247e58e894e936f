package io.closewright.focus;

/** What an automation rule does when it fires. */
public enum RuleAction {
    /** Give a deal without a plan the plan of the rule's template. */
    APPLY_TEMPLATE,
    /** Create a task for the deal's owner, due the rule's working days later. */
    CREATE_TASK,
    /** Tell the deal's owner (a {@link io.closewright.shared.NoticeRaised}). */
    NOTIFY_OWNER,
    /** Tell the deal owner's manager (a {@link io.closewright.shared.NoticeRaised}). */
    NOTIFY_MANAGER
}
