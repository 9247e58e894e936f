package io.closewright.ask;

import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StateConflictException;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Something the rep asks of a buyer contact, always with the value it unlocks: "If you {@code action}, it
 * will get us to {@code outcome}." An ask without either half is refused.
 */
@Table("ask")
class Ask {

    @Id
    Long id;

    Long workspaceId;
    Long opportunityId;
    Long contactId;
    String action;
    String outcome;
    LocalDate dueDate;
    String stepKey;
    AskStatus status;
    LocalDate closedOn;
    Long createdBy;
    Instant createdAt;

    @Version
    Long version;

    static Ask of(
            long workspaceId,
            long opportunityId,
            long contactId,
            AskText text,
            LocalDate due,
            String stepKey,
            long by,
            Instant now) {
        Ask ask = new Ask();
        ask.workspaceId = workspaceId;
        ask.opportunityId = opportunityId;
        ask.contactId = contactId;
        ask.action = text.action();
        ask.outcome = text.outcome();
        ask.dueDate = due;
        ask.stepKey = stepKey;
        ask.status = AskStatus.OPEN;
        ask.createdBy = by;
        ask.createdAt = now;
        return ask;
    }

    void finish(AskStatus outcomeStatus, LocalDate on, LocalDate today) {
        if (status != AskStatus.OPEN) {
            throw new StateConflictException(
                    "The ask is already " + status.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (on.isAfter(today)) {
            throw new RuleViolationException("doneOn", "must be today or earlier");
        }
        status = outcomeStatus;
        closedOn = on;
    }

    AskText text() {
        return new AskText(action, outcome);
    }
}
