package io.closewright.focus;

import io.closewright.closeplan.PlanSlipped;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.StageChanged;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires the workspace's enabled rules: for a deal entering a stage and a plan turning off track as the
 * events arrive (after their commit, through the event publication registry), and for overdue asks, aging
 * blockers and quiet deals when the periodic scan runs. Each occurrence is claimed and acted on in one
 * transaction of its own, so it fires once whatever the number of instances, retries or runs.
 */
@Component
class RuleRunner {

    private static final Logger LOG = LoggerFactory.getLogger(RuleRunner.class);

    private final AutomationRules rules;
    private final RuleFirings firings;
    private final RuleActions actions;
    private final RuleScan scan;
    private final OpportunityManagement opportunities;
    private final TransactionTemplate transaction;

    RuleRunner(
            AutomationRules rules,
            RuleFirings firings,
            RuleActions actions,
            RuleScan scan,
            OpportunityManagement opportunities,
            PlatformTransactionManager transactions) {
        this.rules = rules;
        this.firings = firings;
        this.actions = actions;
        this.scan = scan;
        this.opportunities = opportunities;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(StageChanged event) {
        LocalDate today = opportunities.today(event.workspaceId());
        for (AutomationRule rule : enabled(event.workspaceId(), RuleTrigger.STAGE_ENTERED)) {
            if (rule.stageKey.equals(event.to())) {
                scan.deal(
                                event.opportunityId(),
                                "deal:" + event.opportunityId() + ":entered:" + event.to() + ":" + today,
                                today,
                                "The deal entered " + event.to() + ".")
                        .ifPresent(o -> fire(rule, o));
            }
        }
    }

    @ApplicationModuleListener
    void on(PlanSlipped event) {
        LocalDate today = opportunities.today(event.workspaceId());
        for (AutomationRule rule : enabled(event.workspaceId(), RuleTrigger.PLAN_OFF_TRACK)) {
            scan.deal(
                            event.opportunityId(),
                            "deal:" + event.opportunityId() + ":off-track:" + today,
                            today,
                            "The plan went off track: it projects " + event.projectedCloseDate() + " for a close on "
                                    + event.targetCloseDate() + ".")
                    .ifPresent(o -> fire(rule, o));
        }
    }

    /** Fires every enabled scanned rule of every workspace for what it finds now; returns how many fired. */
    int scanAll() {
        int fired = 0;
        for (long workspace : scan.workspaces()) {
            fired += scanWorkspace(workspace);
        }
        return fired;
    }

    int scanWorkspace(long workspaceId) {
        LocalDate today = opportunities.today(workspaceId);
        int fired = 0;
        for (AutomationRule rule : rules.findByWorkspaceIdOrderById(workspaceId)) {
            if (rule.enabled && rule.trigger.scanned()) {
                for (Occurrence o : scan.occurrences(rule, today)) {
                    fired += fire(rule, o) ? 1 : 0;
                }
            }
        }
        return fired;
    }

    /** Claims the occurrence and performs the action in one new transaction; false when it fired before. */
    boolean fire(AutomationRule rule, Occurrence occurrence) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                if (!firings.claim(rule, occurrence)) {
                    return false;
                }
                actions.perform(rule, occurrence);
                return true;
            }));
        } catch (DuplicateKeyException e) {
            return false;
        } catch (RuntimeException e) {
            LOG.warn("Rule {} could not act on {}: {}", rule.id, occurrence.key(), e.getMessage());
            return false;
        }
    }

    private List<AutomationRule> enabled(long workspaceId, RuleTrigger trigger) {
        return rules.findByWorkspaceIdOrderById(workspaceId).stream()
                .filter(r -> r.enabled && r.trigger == trigger)
                .toList();
    }
}
