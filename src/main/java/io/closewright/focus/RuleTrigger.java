package io.closewright.focus;

/** What makes an automation rule fire, once per occurrence. */
public enum RuleTrigger {
    /** A deal enters the rule's stage (one occurrence per deal, stage and day). */
    STAGE_ENTERED,
    /** A deal's plan turns off track (one occurrence per deal and day it turns). */
    PLAN_OFF_TRACK,
    /** An open ask passes its due date (one occurrence per ask). */
    ASK_OVERDUE,
    /** An open blocker stands longer than the rule's working days (one occurrence per blocker). */
    BLOCKER_AGING,
    /** An open deal has had no activity for the rule's days (one occurrence per quiet spell). */
    NO_ACTIVITY;

    boolean needsStage() {
        return this == STAGE_ENTERED;
    }

    boolean needsDays() {
        return this == BLOCKER_AGING || this == NO_ACTIVITY;
    }

    /** Whether the rule is found by the periodic scan rather than by an event. */
    boolean scanned() {
        return this == ASK_OVERDUE || this == BLOCKER_AGING || this == NO_ACTIVITY;
    }
}
