package io.closewright.risk;

import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.OpportunityStatus;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk of deals on behalf of a viewer: one deal's risk today, the team's deals at risk, badges for a
 * set of deals, and escalations. Every read goes through the deal's visibility: a deal the viewer may not
 * see answers 404 like a missing one; lists filter by visibility in their SQL.
 */
@Service
public class RiskManagement {

    private final RiskRecompute recompute;
    private final RiskQueries queries;
    private final Escalations escalations;
    private final OpportunityManagement opportunities;

    RiskManagement(
            RiskRecompute recompute,
            RiskQueries queries,
            Escalations escalations,
            OpportunityManagement opportunities) {
        this.recompute = recompute;
        this.queries = queries;
        this.escalations = escalations;
        this.opportunities = opportunities;
    }

    /**
     * A deal's risk as of now, assessed afresh; the read model (badges, Team risks) and the slip alert
     * catch up with it in the same step.
     */
    @Transactional
    public RiskView risk(Viewer viewer, long opportunityId) {
        OpportunityView deal = opportunities.opportunity(viewer, opportunityId);
        if (deal.status() != OpportunityStatus.OPEN) {
            return closed(viewer, deal);
        }
        List<RiskAssessment> found = recompute.deals(viewer.workspaceId(), List.of(opportunityId));
        return found.isEmpty() ? closed(viewer, deal) : RiskView.of(found.get(0), queries.alerted(opportunityId));
    }

    /** The viewer's visible open deals with their current risk, highest level and amount first. */
    public Paged<TeamRisk> risks(Viewer viewer, RiskFilter filter, PageSlice slice) {
        return queries.list(viewer, filter, slice);
    }

    /** Deals and money at risk per level (and currency) over the viewer's visible open deals. */
    public List<RiskTotal> totals(Viewer viewer, RiskFilter filter) {
        return queries.totals(viewer, filter);
    }

    /** The current badges of those of {@code ids} the viewer may see, by deal id; one query. */
    public Map<Long, RiskBadge> badges(Viewer viewer, Collection<Long> ids) {
        return queries.badges(viewer, ids);
    }

    /**
     * Escalates a deal the viewer may see to a manager with a note (1 to 2,000 characters): the owner's
     * manager, or the viewer's own manager when the viewer is the owner's manager.
     *
     * @throws io.closewright.shared.RuleViolationException for a blank or too long note
     * @throws io.closewright.shared.StateConflictException when there is no manager to tell
     */
    @Transactional
    public EscalationView escalate(Viewer viewer, long opportunityId, String note) {
        RiskView risk = risk(viewer, opportunityId);
        return escalations.escalate(viewer, opportunities.opportunity(viewer, opportunityId), risk.level(), note);
    }

    /**
     * Re-assesses every open deal of the admin's workspace at once, as the hourly job does, and answers how
     * many deals and how long it took.
     *
     * @throws io.closewright.shared.ForbiddenException for anyone but an admin
     */
    public RecomputeResult recompute(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new io.closewright.shared.ForbiddenException("Only an admin recomputes the workspace's risk");
        }
        long started = System.nanoTime();
        int deals = recompute.workspace(viewer.workspaceId());
        return new RecomputeResult(deals, (System.nanoTime() - started) / 1_000_000);
    }

    /** How many open deals a recompute assessed and how long it took. */
    public record RecomputeResult(int deals, long durationMillis) {}

    /** The deal's escalations, latest first. */
    public List<EscalationView> escalations(Viewer viewer, long opportunityId) {
        opportunities.opportunity(viewer, opportunityId);
        return escalations.of(opportunityId);
    }

    private RiskView closed(Viewer viewer, OpportunityView deal) {
        return new RiskView(
                deal.id(),
                RiskLevel.LOW,
                "Closed: no risk",
                List.of(),
                List.of(),
                null,
                null,
                false,
                opportunities.today(viewer));
    }
}
