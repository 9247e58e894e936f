package io.closewright.focus;

import org.jspecify.annotations.Nullable;

/**
 * An automation rule as the admin page and the API show it.
 *
 * @param stage the stage a {@link RuleTrigger#STAGE_ENTERED} rule watches
 * @param days the working days (blocker aging) or days (no activity) the trigger waits
 * @param templateId the plan template an {@link RuleAction#APPLY_TEMPLATE} rule applies
 * @param taskTitle the title of the task a {@link RuleAction#CREATE_TASK} rule creates
 * @param taskDueDays the working days after the occurrence the task is due
 */
public record RuleView(
        long id,
        String name,
        RuleTrigger trigger,
        @Nullable String stage,
        @Nullable Integer days,
        RuleAction action,
        @Nullable String templateId,
        @Nullable String taskTitle,
        @Nullable Integer taskDueDays,
        boolean enabled,
        long version) {

    /** The trigger as a sentence: {@code When a deal enters propose}. */
    public String when() {
        return switch (trigger) {
            case STAGE_ENTERED -> "When a deal enters " + stage;
            case PLAN_OFF_TRACK -> "When a deal's plan goes off track";
            case ASK_OVERDUE -> "When an ask to the buyer is overdue";
            case BLOCKER_AGING -> "When a blocker stands more than " + days + " working days";
            case NO_ACTIVITY -> "When a deal has no activity for " + days + " days";
        };
    }

    /** The action as a sentence: {@code create the task "..." for the owner, due 2 working days later}. */
    public String then() {
        return switch (action) {
            case APPLY_TEMPLATE -> "apply the plan template " + templateId + " (deals without a plan)";
            case CREATE_TASK ->
                "create the task \"" + taskTitle + "\" for the owner, due "
                        + (taskDueDays == null || taskDueDays == 0
                                ? "the same day"
                                : taskDueDays + " working days later");
            case NOTIFY_OWNER -> "tell the deal's owner";
            case NOTIFY_MANAGER -> "tell the owner's manager";
        };
    }
}
