package io.closewright.focus;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A task to create: what, when, optionally on a deal, for {@code ownerId} (default: the caller; a manager
 * may give a task to anyone below them).
 */
public record NewTask(
        @Nullable String title,
        @Nullable LocalDate dueDate,
        @Nullable Long opportunityId,
        @Nullable Long ownerId) {}
