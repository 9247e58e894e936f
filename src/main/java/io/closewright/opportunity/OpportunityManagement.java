package io.closewright.opportunity;

import io.closewright.account.AccountManagement;
import io.closewright.identity.IdentityManagement;
import io.closewright.identity.Viewer;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.Versions;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens, changes, closes and reads deals on behalf of a viewer. Every change names the version it
 * changes and is refused when someone else saved in between; every tracked change is recorded.
 */
@Service
public class OpportunityManagement {

    private final Opportunities opportunities;
    private final OpportunityQueries queries;
    private final PipelineStages stages;
    private final AccountManagement accounts;
    private final IdentityManagement identity;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OpportunityManagement(
            Opportunities opportunities,
            OpportunityQueries queries,
            PipelineStages stages,
            AccountManagement accounts,
            IdentityManagement identity,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.opportunities = opportunities;
        this.queries = queries;
        this.stages = stages;
        this.accounts = accounts;
        this.identity = identity;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Opens a deal on an account the viewer may see, for an owner the viewer may see. */
    @Transactional
    public OpportunityView open(Viewer viewer, NewOpportunity deal) {
        LocalDate today = today(viewer);
        OpportunityRules.check(deal.name(), deal.amount(), deal.currency(), deal.closeDate(), today, true);
        StageView stage = stages.requireOpen(viewer.workspaceId(), deal.stage(), "stage");
        requireAccount(viewer, deal.accountId());
        long owner = owner(viewer, deal.ownerId());
        String currency = deal.currency() == null
                ? identity.workspace(viewer.workspaceId()).currency()
                : deal.currency();
        ForecastCategory category =
                deal.forecastCategory() == null ? ForecastCategory.PIPELINE : deal.forecastCategory();
        if (category == ForecastCategory.CLOSED) {
            throw new RuleViolationException("forecastCategory", "CLOSED is set by closing the deal as won");
        }
        Opportunity created = Opportunity.open(
                viewer.workspaceId(),
                deal.name().trim(),
                deal.accountId(),
                owner,
                deal.amount(),
                currency,
                stage,
                deal.closeDate(),
                category,
                clock.instant());
        opportunities.save(created);
        events.publishEvent(new OpportunityCreated(created.id, viewer.workspaceId(), owner, stage.key()));
        return opportunity(viewer, created.id);
    }

    /** Applies a change to a deal the viewer may see, if {@code version} is still current. */
    @Transactional
    public OpportunityView change(Viewer viewer, long id, long version, OpportunityChanges c) {
        Opportunity deal = load(viewer, id, version);
        LocalDate today = today(viewer);
        OpportunityRules.check(c.name(), c.amount(), c.currency(), c.closeDate(), today, false);
        if (c.name() != null) {
            deal.rename(c.name().trim());
        }
        deal.changeAmount(c.amount(), c.currency());
        if (c.stage() != null) {
            deal.moveTo(stages.requireOpen(viewer.workspaceId(), c.stage(), "stage"));
        }
        if (c.closeDate() != null) {
            deal.moveCloseDate(c.closeDate(), c.closeDateReason(), today);
        }
        if (c.forecastCategory() != null) {
            deal.categorise(c.forecastCategory());
        }
        if (c.ownerId() != null) {
            deal.reassign(owner(viewer, c.ownerId()));
        }
        if (c.accountId() != null) {
            requireAccount(viewer, c.accountId());
            deal.moveToAccount(c.accountId());
        }
        return save(viewer, deal);
    }

    /** Closes a deal as won or lost; a won deal may record its final amount. */
    @Transactional
    public OpportunityView close(
            Viewer viewer,
            long id,
            Long version,
            CloseOutcome outcome,
            LocalDate closedOn,
            BigDecimal amount,
            String reason) {
        Opportunity deal = version == null ? load(viewer, id) : load(viewer, id, version);
        LocalDate today = today(viewer);
        OpportunityRules.check(null, amount, null, null, today, false);
        if (reason != null && reason.length() > 500) {
            throw new RuleViolationException("reason", "must be at most 500 characters");
        }
        deal.close(
                outcome,
                stages.closing(viewer.workspaceId(), outcome == CloseOutcome.WON),
                closedOn == null ? today : closedOn,
                amount,
                reason,
                today);
        return save(viewer, deal);
    }

    /**
     * Moves an open deal the viewer may see to nurture, for {@code reason}; with a {@code version}, only if
     * it is still current. The nurture module calls this and enrols the deal's contacts in the same
     * transaction.
     */
    @Transactional
    public OpportunityView nurture(Viewer viewer, long id, Long version, String reason) {
        Opportunity deal = version == null ? load(viewer, id) : load(viewer, id, version);
        if (reason != null && reason.length() > 500) {
            throw new RuleViolationException("reason", "must be at most 500 characters");
        }
        deal.nurture(reason);
        return save(viewer, deal);
    }

    /**
     * Brings a nurtured deal the viewer may see back into the pipeline with a new close date (today or
     * later); its plan is re-dated from that date.
     */
    @Transactional
    public OpportunityView revive(Viewer viewer, long id, Long version, LocalDate closeDate) {
        Opportunity deal = version == null ? load(viewer, id) : load(viewer, id, version);
        deal.revive(closeDate, today(viewer));
        return save(viewer, deal);
    }

    private OpportunityView save(Viewer viewer, Opportunity deal) {
        if (deal.changes.isEmpty()) {
            return opportunity(viewer, deal.id);
        }
        Instant now = clock.instant();
        deal.touched(now);
        List<FieldChange> changes = List.copyOf(deal.changes);
        opportunities.save(deal);
        for (FieldChange change : changes) {
            jdbc.sql(
                            "INSERT INTO opportunity_change (workspace_id, opportunity_id, changed_by, changed_at, field, old_value,"
                                    + " new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            deal.workspaceId,
                            deal.id,
                            viewer.userId(),
                            Timestamp.from(now),
                            change.field(),
                            change.from(),
                            change.to(),
                            change.reason())
                    .update();
        }
        return opportunity(viewer, deal.id);
    }

    /** One deal the viewer may see; 404 for a deal that is missing or not theirs to see. */
    public OpportunityView opportunity(Viewer viewer, long id) {
        return queries.one(viewer, id).orElseThrow(() -> new NotFoundException("Opportunity", id));
    }

    public Paged<OpportunityView> opportunities(Viewer viewer, OpportunityFilter filter, PageSlice slice) {
        return queries.list(viewer, filter, slice);
    }

    /**
     * Hands every deal the viewer may see that matches the filter to {@code action}, in the filter's
     * order, without paging: for exports. Streams the rows inside one read-only transaction (the
     * database cursor lives as long as it), a few hundred at a time, so an export of any size holds
     * only those in memory; {@code action} runs while the transaction is open.
     */
    @Transactional(readOnly = true)
    public void forEach(Viewer viewer, OpportunityFilter filter, java.util.function.Consumer<OpportunityView> action) {
        queries.each(viewer, filter, action);
    }

    /**
     * The total amount of the deals the viewer may see that match the filter, by currency, bounded like
     * the list's total for the page {@code slice} (ADR 0020): exact while the list's total is, else a lower
     * bound.
     */
    public AmountTotals totals(Viewer viewer, OpportunityFilter filter, PageSlice slice) {
        return queries.totals(viewer, filter, (long) slice.offset() + OpportunityQueries.COUNT_AHEAD);
    }

    /**
     * The pipeline board: one column per open stage with the count and value of all its deals, and at
     * most {@code cards} cards on the whole board, a fair share per column ({@link BoardShares}), each
     * column's soonest close dates first.
     */
    public List<BoardColumn> board(Viewer viewer, Long ownerId, Long teamOf, int cards) {
        return queries.board(viewer, stages.all(viewer.workspaceId()), ownerId, teamOf, cards);
    }

    /** More cards of one board column, for lazy loading. */
    public List<OpportunityView> boardCards(
            Viewer viewer, String stage, Long ownerId, Long teamOf, int offset, int limit) {
        return queries.cards(viewer, stage, ownerId, teamOf, offset, limit);
    }

    /** Every tracked change of a deal the viewer may see, newest first. */
    public List<HistoryEntry> history(Viewer viewer, long id) {
        opportunity(viewer, id);
        return queries.history(id);
    }

    public List<StageView> stages(long workspaceId) {
        return stages.all(workspaceId);
    }

    /** Today in the workspace's time zone. */
    public LocalDate today(Viewer viewer) {
        return today(viewer.workspaceId());
    }

    /** Today in the time zone of the workspace. */
    public LocalDate today(long workspaceId) {
        return LocalDate.now(
                clock.withZone(ZoneId.of(identity.workspace(workspaceId).timeZone())));
    }

    /**
     * The facts about a deal that background work needs (its owner, stage, close date and status),
     * read without a viewer. Never exposed to a client: callers act for the system, not for a user.
     */
    public Optional<DealFacts> facts(long opportunityId) {
        return opportunities
                .findById(opportunityId)
                .map(o -> new DealFacts(
                        o.id, o.workspaceId, o.ownerId, o.stage, o.closeDate, o.status, o.forecastCategory));
    }

    /**
     * Records a deal's activity as the activity module computed it: when its latest activity happened
     * and when the next scheduled one is (either may be null). Neither changes the deal's version, so
     * logging a call never makes someone's open edit of the deal stale.
     */
    @Transactional
    public void recordActivity(long opportunityId, Instant lastActivityAt, Instant nextActivityAt) {
        jdbc.sql("UPDATE opportunity SET last_activity_at = ?, next_activity_at = ? WHERE id = ?")
                .params(timestamp(lastActivityAt), timestamp(nextActivityAt), opportunityId)
                .update();
    }

    /**
     * Records when the deal's plan has its next open step due (null without a plan or open steps), as
     * the closeplan module computed it: a step due soon keeps a deal from going stale.
     */
    @Transactional
    public void recordNextStepDue(long opportunityId, LocalDate dueOn) {
        jdbc.sql("UPDATE opportunity SET next_step_due_on = ? WHERE id = ?")
                .params(dueOn, opportunityId)
                .update();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private Opportunity load(Viewer viewer, long id) {
        opportunity(viewer, id);
        return opportunities.findById(id).orElseThrow(() -> new NotFoundException("Opportunity", id));
    }

    private Opportunity load(Viewer viewer, long id, long version) {
        Opportunity deal = load(viewer, id);
        Versions.check("Opportunity", version, deal.version);
        return deal;
    }

    private void requireAccount(Viewer viewer, long accountId) {
        try {
            accounts.account(viewer, accountId);
        } catch (NotFoundException e) {
            throw new RuleViolationException("accountId", "no such account");
        }
    }

    private long owner(Viewer viewer, Long ownerId) {
        long owner = ownerId == null ? viewer.userId() : ownerId;
        if (!identity.canSee(viewer, owner)) {
            throw new RuleViolationException("ownerId", "no such user in your team");
        }
        return owner;
    }
}
