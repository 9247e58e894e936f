package io.closewright.ask;

import io.closewright.account.AccountManagement;
import io.closewright.account.ContactView;
import io.closewright.closeplan.ClosePlanManagement;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.FieldProblem;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import io.closewright.shared.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Value-backed asks on deals the viewer may see: making them (both halves required), finishing or
 * declining them, listing a deal's asks and a rep's open ones, and suggesting an outcome from the plan.
 */
@Service
public class AskManagement {

    private final Asks asks;
    private final AskQueries queries;
    private final OpportunityManagement opportunities;
    private final AccountManagement accounts;
    private final ClosePlanManagement plans;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AskManagement(
            Asks asks,
            AskQueries queries,
            OpportunityManagement opportunities,
            AccountManagement accounts,
            ClosePlanManagement plans,
            ApplicationEventPublisher events,
            Clock clock) {
        this.asks = asks;
        this.queries = queries;
        this.opportunities = opportunities;
        this.accounts = accounts;
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    /** Makes an ask of a contact on the deal's account; the due date is today or later, the step one of the plan's. */
    @Transactional
    public AskView create(Viewer viewer, long opportunityId, NewAsk ask) {
        OpportunityView deal = opportunities.opportunity(viewer, opportunityId);
        LocalDate today = opportunities.today(viewer);
        List<FieldProblem> problems = new ArrayList<>();
        AskText text = textOrProblems(ask, problems);
        if (ask.contactId() == null
                || accounts.contacts(viewer, deal.accountId()).stream().noneMatch(c -> c.id() == ask.contactId())) {
            problems.add(new FieldProblem("contactId", "choose a contact of " + deal.accountName()));
        }
        if (ask.dueDate() == null
                || ask.dueDate().isBefore(today)
                || ask.dueDate().isAfter(today.plusYears(2))) {
            problems.add(new FieldProblem("dueDate", "must be between today and two years ahead"));
        }
        String step = ask.stepKey() == null || ask.stepKey().isBlank()
                ? null
                : ask.stepKey().trim();
        if (step != null
                && plans.plan(viewer, opportunityId)
                        .map(p -> p.steps().stream().noneMatch(s -> s.key().equals(step)))
                        .orElse(true)) {
            problems.add(new FieldProblem("stepKey", "no step '" + step + "' in this deal's plan"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        Ask saved = asks.save(Ask.of(
                viewer.workspaceId(),
                opportunityId,
                ask.contactId(),
                text,
                ask.dueDate(),
                step,
                viewer.userId(),
                clock.instant()));
        events.publishEvent(new AskMade(opportunityId, viewer.workspaceId(), saved.id, ask.contactId()));
        return ask(viewer, opportunityId, saved.id);
    }

    private static AskText textOrProblems(NewAsk ask, List<FieldProblem> problems) {
        try {
            return new AskText(ask.action(), ask.outcome());
        } catch (RuleViolationException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** Marks an open ask done ({@code declined} false) or declined by the prospect, on {@code on} (default today). */
    @Transactional
    public AskView finish(Viewer viewer, long opportunityId, long askId, boolean declined, LocalDate on) {
        Ask ask = load(viewer, opportunityId, askId);
        LocalDate today = opportunities.today(viewer);
        ask.finish(declined ? AskStatus.DECLINED : AskStatus.DONE, on == null ? today : on, today);
        asks.save(ask);
        events.publishEvent(new AskFinished(opportunityId, viewer.workspaceId(), askId, declined));
        return ask(viewer, opportunityId, askId);
    }

    /** The asks of a deal the viewer may see, by due date. */
    public List<AskView> asks(Viewer viewer, long opportunityId) {
        OpportunityView deal = opportunities.opportunity(viewer, opportunityId);
        return views(
                deal.accountId(),
                viewer,
                asks.findByOpportunityIdOrderByDueDateAscIdAsc(opportunityId),
                opportunities.today(viewer));
    }

    public AskView ask(Viewer viewer, long opportunityId, long askId) {
        return asks(viewer, opportunityId).stream()
                .filter(a -> a.id() == askId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Ask", askId));
    }

    /** One page of the open asks on every deal the viewer may see, soonest due first, with their total. */
    public Paged<OpenAsk> openAsks(Viewer viewer, PageSlice slice) {
        return queries.open(viewer, opportunities.today(viewer), slice);
    }

    /** The open asks on the open deals of {@code ownerId} that the viewer may see, soonest due first. */
    public List<OpenAsk> openAsksOf(Viewer viewer, long ownerId) {
        return queries.openOf(viewer, ownerId, opportunities.today(viewer));
    }

    /**
     * An outcome for an ask that serves {@code stepKey}: the next milestone the step unlocks and its date,
     * or the close itself when nothing follows. Empty without a plan or an unknown step.
     */
    public java.util.Optional<String> suggestOutcome(Viewer viewer, long opportunityId, String stepKey) {
        return plans.plan(viewer, opportunityId).flatMap(plan -> OutcomeSuggestion.forStep(plan, stepKey));
    }

    /** The asks of a deal for its buyer's shared page, read without a viewer (the share link was checked). */
    List<AskView> asksForBuyer(long opportunityId, long accountId, LocalDate today) {
        Map<Long, String> names = queries.contactNames(accountId);
        return asks.findByOpportunityIdOrderByDueDateAscIdAsc(opportunityId).stream()
                .map(a -> view(a, names.getOrDefault(a.contactId, ""), today))
                .toList();
    }

    private List<AskView> views(long accountId, Viewer viewer, List<Ask> list, LocalDate today) {
        Map<Long, String> names = accounts.contacts(viewer, accountId).stream()
                .collect(Collectors.toMap(ContactView::id, ContactView::name));
        return list.stream()
                .map(a -> view(a, names.getOrDefault(a.contactId, ""), today))
                .toList();
    }

    static AskView view(Ask a, String contactName, LocalDate today) {
        return new AskView(
                a.id,
                a.opportunityId,
                a.contactId,
                contactName,
                a.action,
                a.outcome,
                a.text().sentence(),
                a.dueDate,
                a.stepKey,
                a.status,
                a.status == AskStatus.OPEN && a.dueDate.isBefore(today),
                a.closedOn,
                a.version);
    }

    private Ask load(Viewer viewer, long opportunityId, long askId) {
        opportunities.opportunity(viewer, opportunityId);
        return asks.findById(askId)
                .filter(a -> a.opportunityId == opportunityId)
                .orElseThrow(() -> new NotFoundException("Ask", askId));
    }
}
