package io.closewright.focus;

import org.jspecify.annotations.Nullable;

/** An automation rule as an admin writes it; see {@link RuleView} for the fields. */
public record RuleDraft(
        @Nullable String name,
        @Nullable RuleTrigger trigger,
        @Nullable String stage,
        @Nullable Integer days,
        @Nullable RuleAction action,
        @Nullable String templateId,
        @Nullable String taskTitle,
        @Nullable Integer taskDueDays,
        @Nullable Boolean enabled) {}
