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
        long version) {}
