package io.closewright.activity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a deal's timeline: a logged activity or something the system recorded.
 *
 * @param kind what it is, such as {@code CALL}, {@code STAGE_CHANGED} or {@code STEP_DONE}
 * @param group {@code ACTIVITY}, {@code DEAL} or {@code PLAN}
 * @param actorId who did it, or null when the system did
 * @param title one line that says what happened
 * @param detail more words (a reason, a note's body), or null
 * @param activity the activity itself for activity kinds, else null
 */
public record TimelineItem(
        String kind,
        String group,
        Instant at,
        @Nullable Long actorId,
        @Nullable String actorName,
        String title,
        @Nullable String detail,
        @Nullable ActivityView activity) {

    /** The bootstrap-icons class pages show for the kind. */
    public String icon() {
        try {
            return TimelineKind.valueOf(kind).icon;
        } catch (IllegalArgumentException e) {
            return "bi-dot";
        }
    }

    /** Whether {@code userId} logged this activity, and so may change it. */
    public boolean loggedBy(long userId) {
        return activity != null && activity.authorId() == userId;
    }
}
