package io.closewright.focus;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A rep's task as pages and the API show it.
 *
 * @param snoozedUntil the task stays out of the focus list until this day, or null
 * @param ruleId the automation rule that created it, or null when created by hand
 */
public record TaskView(
        long id,
        long ownerId,
        @Nullable Long opportunityId,
        @Nullable String opportunityName,
        String title,
        LocalDate dueDate,
        TaskStatus status,
        @Nullable LocalDate snoozedUntil,
        @Nullable LocalDate doneOn,
        @Nullable Long ruleId,
        boolean overdue,
        long version) {}
