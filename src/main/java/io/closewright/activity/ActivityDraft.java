package io.closewright.activity;

import java.time.Instant;
import java.util.List;

/**
 * What a user logs. For a new activity {@code occurredAt} defaults to now and {@code contactIds} to
 * nobody; for a change every null field stays as it was ({@code contactIds} empty clears them).
 *
 * @param durationMinutes only for calls and meetings
 * @param contactIds contacts of the account who took part
 */
public record ActivityDraft(
        ActivityType type,
        String subject,
        String body,
        String outcome,
        Instant occurredAt,
        Integer durationMinutes,
        List<Long> contactIds) {}
