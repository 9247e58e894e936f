package io.closewright.checkup;

import io.closewright.identity.Viewer;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StateConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A deal's blockers: raising, listing with their age, resolving, and turning one into a prepared checkup. */
@Component
class BlockerLog {

    private final DealContexts deals;
    private final CheckupQueries queries;
    private final Blockers blockers;
    private final CheckupLog checkups;
    private final ApplicationEventPublisher events;

    BlockerLog(
            DealContexts deals,
            CheckupQueries queries,
            Blockers blockers,
            CheckupLog checkups,
            ApplicationEventPublisher events) {
        this.deals = deals;
        this.queries = queries;
        this.blockers = blockers;
        this.checkups = checkups;
        this.events = events;
    }

    Paged<BlockerView> blockers(Viewer viewer, long dealId, PageSlice slice) {
        DealContext deal = deals.of(viewer, dealId);
        return Paged.of(
                queries.blockers(viewer, dealId, slice).stream()
                        .map(b -> view(deal, b))
                        .toList(),
                slice,
                queries.countBlockers(viewer, dealId));
    }

    @Transactional
    BlockerView raise(Viewer viewer, long dealId, NewBlocker input) {
        DealContext deal = deals.of(viewer, dealId);
        deal.requireOpen();
        if (input.stepKey() != null) {
            deal.step(input.stepKey(), "stepKey");
        }
        Blocker blocker = Blocker.raise(viewer.workspaceId(), dealId, input, viewer.userId(), deal.today());
        return view(deal, blockers.save(blocker));
    }

    /** Resolves an open blocker; a resolved one answers 409 and stays as it was. */
    @Transactional
    BlockerView resolve(Viewer viewer, long dealId, long blockerId, String resolution) {
        DealContext deal = deals.of(viewer, dealId);
        Blocker blocker = load(viewer, dealId, blockerId);
        blocker.resolve(resolution, viewer.userId(), deal.today());
        BlockerView resolved = view(deal, blockers.save(blocker));
        events.publishEvent(new BlockerResolved(dealId, viewer.workspaceId(), blockerId));
        return resolved;
    }

    /**
     * Prepares the checkup of the blocker's step with the blocker as the problem and {@code solution} as
     * what the rep will bring.
     */
    @Transactional
    ScheduledCheckup prepareCheckup(Viewer viewer, long dealId, long blockerId, String solution) {
        Blocker blocker = load(viewer, dealId, blockerId);
        if (blocker.stepKey == null) {
            throw new StateConflictException("This blocker names no step, so there is no step checkup to prepare");
        }
        if (Texts.trimmed(solution) == null && blocker.resolution == null) {
            throw new RuleViolationException("solution", "say what solution you will bring to the checkup");
        }
        String bring = Texts.trimmed(solution) == null ? blocker.resolution : solution;
        return checkups.prepare(viewer, dealId, blocker.stepKey, blocker.description, bring);
    }

    BlockerView view(DealContext deal, Blocker blocker) {
        return BlockerView.of(
                blocker,
                BlockerAge.of(
                        deal.calendar(),
                        blocker.raisedOn,
                        blocker.resolvedOn,
                        deal.today(),
                        deal.policy().blockerAgeLimitDays));
    }

    private Blocker load(Viewer viewer, long dealId, long blockerId) {
        return queries.blocker(viewer, dealId, blockerId)
                .orElseThrow(() -> new NotFoundException("Blocker", blockerId));
    }
}
