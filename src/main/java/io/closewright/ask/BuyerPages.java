package io.closewright.ask;

import io.closewright.closeplan.ClosePlanManagement;
import io.closewright.closeplan.PlanStepView;
import io.closewright.closeplan.PlanView;
import io.closewright.closeplan.scheduling.StepOwner;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.RuleViolationException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The buyer's side of a shared close plan: what the page shows for a valid link, and the two things a
 * buyer may do there, complete one of their own steps and leave a comment. Every action re-checks the link.
 */
@Component
class BuyerPages {

    static final int MAX_COMMENT = 2000;

    private final ShareLinks links;
    private final AskQueries queries;
    private final AskManagement asks;
    private final ClosePlanManagement plans;
    private final OpportunityManagement opportunities;
    private final ApplicationEventPublisher events;

    BuyerPages(
            ShareLinks links,
            AskQueries queries,
            AskManagement asks,
            ClosePlanManagement plans,
            OpportunityManagement opportunities,
            ApplicationEventPublisher events) {
        this.links = links;
        this.queries = queries;
        this.asks = asks;
        this.plans = plans;
        this.opportunities = opportunities;
        this.events = events;
    }

    /** The page for a token, recording the visit; empty for any token that does not open a deal. */
    @Transactional
    Optional<BuyerView> open(String token, String address, String userAgent) {
        Optional<SharedDeal> deal = links.resolve(token);
        deal.ifPresent(d -> links.recordVisit(d, address, userAgent));
        return deal.flatMap(this::view);
    }

    @Transactional
    void completeStep(String token, String stepKey) {
        SharedDeal deal = links.resolve(token).orElseThrow(() -> new NotFoundException("Link", "?"));
        plans.completeForBuyer(deal.opportunityId(), stepKey);
        SharedHeader header = queries.header(deal.opportunityId()).orElseThrow();
        events.publishEvent(
                new BuyerCompletedStep(deal.opportunityId(), deal.workspaceId(), header.ownerId(), stepKey));
    }

    @Transactional
    void comment(String token, String body) {
        SharedDeal deal = links.resolve(token).orElseThrow(() -> new NotFoundException("Link", "?"));
        if (body == null || body.isBlank() || body.length() > MAX_COMMENT) {
            throw new RuleViolationException("body", "write a comment of 1 to " + MAX_COMMENT + " characters");
        }
        links.comment(deal, body.strip());
        SharedHeader header = queries.header(deal.opportunityId()).orElseThrow();
        events.publishEvent(
                new BuyerCommented(deal.opportunityId(), deal.workspaceId(), header.ownerId(), body.strip()));
    }

    private Optional<BuyerView> view(SharedDeal deal) {
        return queries.header(deal.opportunityId()).map(header -> {
            LocalDate today = opportunities.today(deal.workspaceId());
            PlanView plan = plans.planForBuyer(deal.opportunityId()).orElse(null);
            List<PlanStepView> buyerSteps = plan == null
                    ? List.of()
                    : plan.steps().stream()
                            .filter(s -> s.owner() != StepOwner.SELLER && !s.done())
                            .sorted(Comparator.comparing(PlanStepView::dueDate))
                            .toList();
            String contact = deal.contactId() == null
                    ? null
                    : queries.contactNames(header.accountId()).get(deal.contactId());
            return new BuyerView(
                    header.dealName(),
                    header.accountName(),
                    header.ownerName(),
                    header.ownerEmail(),
                    contact,
                    plan,
                    buyerSteps,
                    asks.asksForBuyer(deal.opportunityId(), header.accountId(), today),
                    today);
        });
    }
}
