package io.closewright.activity;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A logged activity as pages and the API show it.
 *
 * @param opportunityId the deal it belongs to, or null for an activity on the account alone
 * @param opportunityName the name of that deal, or null
 * @param scheduled whether it is still to come
 * @param editedAt when its author last changed it, or null if never
 */
public record ActivityView(
        long id,
        @Nullable Long opportunityId,
        @Nullable String opportunityName,
        long accountId,
        ActivityType type,
        String subject,
        @Nullable String body,
        @Nullable String outcome,
        Instant occurredAt,
        @Nullable Integer durationMinutes,
        List<Participant> contacts,
        long authorId,
        String authorName,
        long version,
        Instant createdAt,
        @Nullable Instant editedAt,
        boolean scheduled) {

    /** A contact who took part. */
    public record Participant(long id, String name) {}

    public List<Long> contactIds() {
        return contacts.stream().map(Participant::id).toList();
    }
}
