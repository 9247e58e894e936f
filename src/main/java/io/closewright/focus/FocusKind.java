package io.closewright.focus;

/** What a focus item asks of the rep. */
public enum FocusKind {
    /** Finish a plan step (overdue, due soon or on the critical path). */
    STEP,
    /** Prepare or hold the checkup before a step's deadline. */
    CHECKUP,
    /** Follow up an ask to the prospect that is due or overdue. */
    ASK,
    /** Clear an open blocker. */
    BLOCKER,
    /** Move the close date: the plan cannot make it. */
    REDATE,
    /** Get back in touch: the deal has had no activity for longer than its stage allows. */
    STALE,
    /** One of the rep's own tasks. */
    TASK
}
