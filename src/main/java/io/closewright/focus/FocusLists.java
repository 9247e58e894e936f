package io.closewright.focus;

import io.closewright.ask.AskManagement;
import io.closewright.checkup.CheckupManagement;
import io.closewright.closeplan.ClosePlanManagement;
import io.closewright.closeplan.PlanView;
import io.closewright.identity.IdentityManagement;
import io.closewright.identity.UserView;
import io.closewright.identity.Viewer;
import io.closewright.identity.WorkspaceInfo;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.calendar.BusinessCalendar;
import io.closewright.shared.web.Formats;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Builds a rep's {@link FocusList} set-based: one query for their open deals, then one or two per kind of
 * work (plans and steps, checkups held and prepared, blockers, asks, tasks) for all of them at once, each
 * filtered by the viewer's visibility in its SQL. Nothing is read per deal.
 */
@Component
class FocusLists {

    private final OpportunityManagement opportunities;
    private final ClosePlanManagement plans;
    private final CheckupManagement checkups;
    private final AskManagement asks;
    private final IdentityManagement identity;
    private final TaskBook tasks;
    private final FocusSettings settings;

    FocusLists(
            OpportunityManagement opportunities,
            ClosePlanManagement plans,
            CheckupManagement checkups,
            AskManagement asks,
            IdentityManagement identity,
            TaskBook tasks,
            FocusSettings settings) {
        this.opportunities = opportunities;
        this.plans = plans;
        this.checkups = checkups;
        this.asks = asks;
        this.identity = identity;
        this.tasks = tasks;
        this.settings = settings;
    }

    /** Today in the viewer's workspace. */
    LocalDate today(Viewer viewer) {
        return opportunities.today(viewer);
    }

    /** The focus list of {@code user} (who the viewer may see: the caller checked) for today. */
    FocusList of(Viewer viewer, UserView user) {
        FocusInputs inputs = inputs(viewer, user.id());
        FocusRanking ranking = ranking(viewer, inputs);
        List<UnripeDeal> unripe = inputs.deals().values().stream()
                .filter(ranking::unripe)
                .map(d -> new UnripeDeal(
                        d.id(), d.name(), d.amount(), d.currency(), d.probability(), d.closeDate(), d.version()))
                .toList();
        return new FocusList(inputs.today(), user.id(), user.name(), ranking.rank(FocusCandidates.of(inputs)), unripe);
    }

    /** One deal's focus items, ranked as on its owner's list, and its plan's status (404 when hidden). */
    DealFocus forDeal(Viewer viewer, long dealId) {
        OpportunityView deal = opportunities.opportunity(viewer, dealId);
        if (deal.status() != io.closewright.opportunity.OpportunityStatus.OPEN) {
            return new DealFocus(dealId, null, List.of());
        }
        Map<Long, OpportunityView> deals = Map.of(deal.id(), deal);
        Map<Long, PlanView> dealPlans = plans.plans(viewer, deals.values());
        FocusInputs inputs = new FocusInputs(
                opportunities.today(viewer),
                plans.businessCalendar(viewer.workspaceId()),
                settings.horizonDays(),
                checkups.policy(viewer).blockerAgeLimitDays(),
                deals,
                dealPlans,
                checkups.scheduled(viewer, dealPlans),
                checkups.openBlockers(viewer, List.of(dealId)),
                asks.openAsksOf(viewer, deal.ownerId()).stream()
                        .filter(a -> a.opportunityId() == dealId)
                        .toList(),
                tasks.ofDeal(viewer, dealId).stream()
                        .filter(t -> t.status() == TaskStatus.OPEN)
                        .toList());
        PlanView plan = dealPlans.get(dealId);
        return new DealFocus(
                dealId,
                plan == null ? null : plan.scheduleStatus(),
                ranking(viewer, inputs).rank(FocusCandidates.of(inputs)));
    }

    private FocusRanking ranking(Viewer viewer, FocusInputs inputs) {
        WorkspaceInfo ws = identity.workspace(viewer.workspaceId());
        return new FocusRanking(
                settings,
                inputs.calendar(),
                inputs.today(),
                new Formats(ws.currency(), inputs.today(), ZoneId.of(ws.timeZone()), inputs.calendar()));
    }

    /** The open work of {@code userId}'s open deals and their open tasks, as the viewer may see them. */
    FocusInputs inputs(Viewer viewer, long userId) {
        LocalDate today = opportunities.today(viewer);
        BusinessCalendar calendar = plans.businessCalendar(viewer.workspaceId());
        Map<Long, OpportunityView> deals = new LinkedHashMap<>();
        opportunities
                .boardCards(viewer, null, userId, null, 0, settings.maxDeals())
                .forEach(d -> deals.put(d.id(), d));
        Map<Long, PlanView> dealPlans = plans.plans(viewer, deals.values());
        return new FocusInputs(
                today,
                calendar,
                settings.horizonDays(),
                checkups.policy(viewer).blockerAgeLimitDays(),
                deals,
                dealPlans,
                checkups.scheduled(viewer, dealPlans),
                checkups.openBlockers(viewer, deals.keySet()),
                asks.openAsksOf(viewer, userId),
                tasks.open(viewer, userId));
    }
}
