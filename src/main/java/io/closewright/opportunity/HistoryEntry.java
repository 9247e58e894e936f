package io.closewright.opportunity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One change in a deal's history: which field, from what, to what, why, by whom and when. */
public record HistoryEntry(
        String field,
        @Nullable String from,
        @Nullable String to,
        @Nullable String reason,
        long changedById,
        String changedBy,
        Instant changedAt) {}
