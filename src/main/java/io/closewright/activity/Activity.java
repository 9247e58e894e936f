package io.closewright.activity;

import io.closewright.shared.ForbiddenException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A note, call, meeting or email logged on an account, usually on one of its deals, with the account's
 * contacts who took part. Only its author changes or deletes it; each change is checked against
 * {@link ActivityRules} as a whole.
 */
@Table("activity")
class Activity {

    @Id
    Long id;

    Long workspaceId;
    Long accountId;
    Long opportunityId;
    Long authorId;

    @Column("activity_type")
    ActivityType type;

    String subject;
    String body;
    String outcome;
    Instant occurredAt;
    Integer durationMinutes;

    @MappedCollection(idColumn = "activity_id")
    Set<ActivityContact> contacts = new LinkedHashSet<>();

    @Version
    Long version;

    Instant createdAt;
    Instant editedAt;

    static Activity log(
            long workspaceId, long accountId, Long opportunityId, long authorId, ActivityDraft checked, Instant now) {
        Activity activity = new Activity();
        activity.workspaceId = workspaceId;
        activity.accountId = accountId;
        activity.opportunityId = opportunityId;
        activity.authorId = authorId;
        activity.createdAt = now;
        activity.apply(checked);
        return activity;
    }

    /** This activity with {@code changes} laid over it: the draft to check before {@link #edit}. */
    ActivityDraft merged(ActivityDraft changes) {
        return new ActivityDraft(
                changes.type() == null ? type : changes.type(),
                changes.subject() == null ? subject : changes.subject(),
                changes.body() == null ? body : changes.body(),
                changes.outcome() == null ? outcome : changes.outcome(),
                changes.occurredAt() == null ? occurredAt : changes.occurredAt(),
                keptDuration(changes),
                changes.contactIds() == null ? contactIds() : changes.contactIds());
    }

    private Integer keptDuration(ActivityDraft changes) {
        if (changes.durationMinutes() != null) {
            return changes.durationMinutes();
        }
        return changes.type() != null && !changes.type().timed() ? null : durationMinutes;
    }

    void edit(ActivityDraft checked, Instant now) {
        apply(checked);
        editedAt = now;
    }

    void requireAuthor(long userId) {
        if (authorId != userId) {
            throw new ForbiddenException("Only the author of an activity can change or delete it");
        }
    }

    List<Long> contactIds() {
        return contacts.stream().map(ActivityContact::contactId).toList();
    }

    private void apply(ActivityDraft checked) {
        type = checked.type();
        subject = checked.subject();
        body = checked.body();
        outcome = checked.outcome();
        occurredAt = checked.occurredAt();
        durationMinutes = checked.durationMinutes();
        contacts = new LinkedHashSet<>(
                checked.contactIds().stream().map(ActivityContact::new).toList());
    }
}
