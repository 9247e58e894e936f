package io.closewright.opportunity;

import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StateConflictException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A deal. Its transitions check the deal's state, record every tracked change (with the reason where
 * one is needed) and register the events other modules react to. A close date moved later is a push:
 * it needs a reason and is counted.
 */
@Table("opportunity")
public class Opportunity extends AbstractAggregateRoot<Opportunity> {

    @Id
    Long id;

    Long workspaceId;
    String name;
    Long accountId;
    Long ownerId;
    BigDecimal amount;
    String currency;

    @Column("stage_key")
    String stage;

    LocalDate closeDate;
    ForecastCategory forecastCategory;
    OpportunityStatus status;
    int closeDatePushes;
    LocalDate closedOn;
    String closeReason;

    @Version
    Long version;

    Instant createdAt;
    Instant updatedAt;

    @Transient
    final transient List<FieldChange> changes = new ArrayList<>();

    static Opportunity open(
            long workspaceId,
            String name,
            long accountId,
            long ownerId,
            BigDecimal amount,
            String currency,
            StageView stage,
            LocalDate closeDate,
            ForecastCategory category,
            Instant now) {
        Opportunity o = new Opportunity();
        o.workspaceId = workspaceId;
        o.name = name;
        o.accountId = accountId;
        o.ownerId = ownerId;
        o.amount = amount;
        o.currency = currency;
        o.stage = stage.key();
        o.closeDate = closeDate;
        o.forecastCategory = category;
        o.status = OpportunityStatus.OPEN;
        o.createdAt = now;
        o.updatedAt = now;
        return o;
    }

    void rename(String newName) {
        track("name", name, newName, null);
        name = newName;
    }

    void changeAmount(BigDecimal newAmount, String newCurrency) {
        if (newAmount != null && (amount == null || newAmount.compareTo(amount) != 0)) {
            track("amount", plain(amount), plain(newAmount), null);
            amount = newAmount;
        }
        if (newCurrency != null) {
            track("currency", currency, newCurrency, null);
            currency = newCurrency;
        }
    }

    void moveTo(StageView target) {
        requireOpen();
        if (!target.key().equals(stage)) {
            track("stage", stage, target.key(), null);
            registerEvent(new StageChanged(id, workspaceId, stage, target.key()));
            stage = target.key();
        }
    }

    /**
     * Moves the close date. A later date is a push and needs a reason; a date before {@code today} is
     * refused for an open deal.
     */
    void moveCloseDate(LocalDate newDate, String reason, LocalDate today) {
        requireOpen();
        if (newDate.equals(closeDate)) {
            return;
        }
        if (newDate.isBefore(today)) {
            throw new RuleViolationException("closeDate", "must be today or later");
        }
        boolean push = newDate.isAfter(closeDate);
        if (push && (reason == null || reason.isBlank())) {
            throw new RuleViolationException("reason", "say why the close date moves later");
        }
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        track("closeDate", closeDate.toString(), newDate.toString(), why);
        registerEvent(new CloseDateMoved(id, workspaceId, closeDate, newDate, why, push));
        if (push) {
            closeDatePushes++;
        }
        closeDate = newDate;
    }

    void reassign(long newOwnerId) {
        track("owner", String.valueOf(ownerId), String.valueOf(newOwnerId), null);
        ownerId = newOwnerId;
    }

    void moveToAccount(long newAccountId) {
        track("account", String.valueOf(accountId), String.valueOf(newAccountId), null);
        accountId = newAccountId;
    }

    void categorise(ForecastCategory category) {
        requireOpen();
        if (category == ForecastCategory.CLOSED) {
            throw new RuleViolationException("forecastCategory", "CLOSED is set by closing the deal as won");
        }
        track("forecastCategory", forecastCategory.name(), category.name(), null);
        forecastCategory = category;
    }

    /** Closes the deal as won or lost; a lost deal needs a reason, and nothing closes in the future. */
    void close(
            CloseOutcome outcome,
            StageView closingStage,
            LocalDate on,
            BigDecimal finalAmount,
            String reason,
            LocalDate today) {
        requireOpen();
        if (on.isAfter(today)) {
            throw new RuleViolationException("closedOn", "must be today or earlier");
        }
        if (outcome == CloseOutcome.LOST && (reason == null || reason.isBlank())) {
            throw new RuleViolationException("reason", "say why the deal was lost");
        }
        changeAmount(finalAmount, null);
        track("status", status.name(), outcome.name(), reason);
        track("stage", stage, closingStage.key(), null);
        stage = closingStage.key();
        status = outcome == CloseOutcome.WON ? OpportunityStatus.WON : OpportunityStatus.LOST;
        forecastCategory = outcome == CloseOutcome.WON ? ForecastCategory.CLOSED : ForecastCategory.OMITTED;
        closedOn = on;
        closeReason = reason == null || reason.isBlank() ? null : reason.trim();
        registerEvent(new OpportunityClosed(id, workspaceId, outcome, on, amount, closeReason));
    }

    /**
     * Parks an open deal in a nurture campaign: it leaves the pipeline (board, open lists, forecast) and
     * keeps its stage, amount, close date and history. Needs a reason.
     */
    void nurture(String reason) {
        if (status != OpportunityStatus.OPEN) {
            throw new RuleViolationException(
                    "status", "the deal is " + lower(status) + "; only open deals move to nurture");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason", "say why the deal will not close now");
        }
        String why = reason.trim();
        track("status", status.name(), OpportunityStatus.NURTURE.name(), why);
        status = OpportunityStatus.NURTURE;
        registerEvent(new OpportunityNurtured(id, workspaceId, ownerId, why));
    }

    /**
     * Brings a nurtured deal back into the pipeline, closing on {@code newCloseDate} (today or later). The
     * new date is recorded as a move of the close date but is not a push: the deal was out of the pipeline.
     */
    void revive(LocalDate newCloseDate, LocalDate today) {
        if (status != OpportunityStatus.NURTURE) {
            throw new RuleViolationException(
                    "status", "the deal is " + lower(status) + "; only nurtured deals can be revived");
        }
        if (newCloseDate == null) {
            throw new RuleViolationException("closeDate", "choose the new close date");
        }
        if (newCloseDate.isBefore(today)) {
            throw new RuleViolationException("closeDate", "must be today or later");
        }
        track("status", status.name(), OpportunityStatus.OPEN.name(), null);
        status = OpportunityStatus.OPEN;
        LocalDate before = closeDate;
        if (!newCloseDate.equals(before)) {
            track("closeDate", before.toString(), newCloseDate.toString(), "Revived from nurture");
            closeDate = newCloseDate;
            registerEvent(new CloseDateMoved(id, workspaceId, before, newCloseDate, "Revived from nurture", false));
        }
        registerEvent(new OpportunityRevived(id, workspaceId, ownerId, before, newCloseDate));
    }

    private static String lower(OpportunityStatus s) {
        return s.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The events registered and not yet published. */
    java.util.List<Object> pendingEvents() {
        return java.util.List.copyOf(domainEvents());
    }

    void touched(Instant now) {
        updatedAt = now;
    }

    private void requireOpen() {
        if (status != OpportunityStatus.OPEN) {
            throw new StateConflictException("The deal is " + status.name().toLowerCase(java.util.Locale.ROOT)
                    + "; only open deals can change stage, close date or category");
        }
    }

    private void track(String field, String from, String to, String reason) {
        if (!Objects.equals(from, to)) {
            changes.add(new FieldChange(field, from, to, reason));
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }
}
