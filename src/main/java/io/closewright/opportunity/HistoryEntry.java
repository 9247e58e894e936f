package io.closewright.opportunity;

import java.time.Instant;

/** One change in a deal's history: which field, from what, to what, why, by whom and when. */
public record HistoryEntry(
        String field, String from, String to, String reason, long changedById, String changedBy, Instant changedAt) {}
