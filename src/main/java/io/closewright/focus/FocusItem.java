package io.closewright.focus;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a focus list, highest {@code score} first ({@code rank} 1). {@code why} explains the rank
 * in one line: how urgent, how critical, how valuable and how ripe.
 *
 * @param refId the task, ask or blocker the item is about, when it is about one
 * @param action what the item's button does, or null when nothing fits better than opening the deal
 * @param suggestedCloseDate for {@link FocusKind#REDATE}: the plan's earliest realistic close date
 * @param dealVersion the deal's version, for an action that changes the deal (re-dating)
 * @param unripe whether the deal is unripe: low probability and a close far away, so its items sink
 */
public record FocusItem(
        int rank,
        FocusKind kind,
        @Nullable Long opportunityId,
        @Nullable String opportunityName,
        @Nullable String stepKey,
        String title,
        @Nullable LocalDate dueDate,
        double score,
        String why,
        boolean overdue,
        boolean unripe,
        @Nullable FocusAction action,
        @Nullable Long refId,
        @Nullable LocalDate suggestedCloseDate,
        @Nullable Long dealVersion) {}
