package io.closewright.focus;

/** The one action a focus item offers, where one fits. */
public enum FocusAction {
    COMPLETE_STEP,
    PREPARE_CHECKUP,
    COMPLETE_ASK,
    RESOLVE_BLOCKER,
    REDATE,
    LOG_ACTIVITY,
    COMPLETE_TASK
}
