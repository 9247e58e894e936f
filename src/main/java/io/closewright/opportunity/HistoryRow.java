package io.closewright.opportunity;

import java.time.Instant;

/**
 * A history entry as the deal page shows it: the field's label and its old and new values in words
 * (stage names, people's names, dates), with who changed it, when and why.
 *
 * @param kind {@code date} when the values are ISO dates the page formats, {@code money} for amounts,
 *     else {@code text}
 */
public record HistoryRow(String field, String kind, String from, String to, String reason, String who, Instant when) {}
