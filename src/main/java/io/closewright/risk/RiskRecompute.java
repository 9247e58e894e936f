package io.closewright.risk;

import io.closewright.shared.IdSelection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assesses open deals in sets and keeps the read model and the slip alerts in step: a set of deals after
 * a change, or a whole workspace in chunks of {@value #CHUNK} deals, each chunk one transaction with a
 * handful of statements.
 */
@Component
class RiskRecompute {

    static final int CHUNK = 500;

    private final RiskFacts facts;
    private final DealRisks risks;
    private final RiskContexts contexts;
    private final SlipAlerts alerts;
    private final TransactionTemplate transactions;

    RiskRecompute(
            RiskFacts facts,
            DealRisks risks,
            RiskContexts contexts,
            SlipAlerts alerts,
            TransactionTemplate transactions) {
        this.facts = facts;
        this.risks = risks;
        this.contexts = contexts;
        this.alerts = alerts;
        this.transactions = transactions;
    }

    /** Re-assesses every open deal of a workspace; answers how many. */
    int workspace(long workspaceId) {
        RiskContext context = contexts.of(workspaceId);
        int done = 0;
        long after = 0;
        while (true) {
            List<Long> ids = facts.openDealIds(workspaceId, after, CHUNK);
            if (ids.isEmpty()) {
                break;
            }
            transactions.executeWithoutResult(tx -> assess(context, IdSelection.chunk(ids)));
            done += ids.size();
            after = ids.get(ids.size() - 1);
        }
        transactions.executeWithoutResult(tx -> risks.dropClosed(workspaceId));
        return done;
    }

    /** Re-assesses some deals of a workspace, inside the caller's transaction; answers the assessments. */
    List<RiskAssessment> deals(long workspaceId, Collection<Long> ids) {
        return assess(contexts.of(workspaceId), IdSelection.of(ids));
    }

    private List<RiskAssessment> assess(RiskContext context, IdSelection ids) {
        List<DealRiskFacts> deals = facts.load(context, ids);
        Map<Long, DealRisks.Stored> before = risks.stored(context.workspaceId(), ids);
        RiskAssessor assessor = context.assessor();
        List<RiskAssessment> assessments = new ArrayList<>(deals.size());
        for (DealRiskFacts deal : deals) {
            assessments.add(assessor.assess(deal));
        }
        risks.write(context.workspaceId(), assessments, before, context.now());
        List<Long> cleared = new ArrayList<>();
        for (int i = 0; i < deals.size(); i++) {
            RiskAssessment a = assessments.get(i);
            DealRisks.Stored old = before.get(a.opportunityId());
            boolean wasActive = old != null && old.alertActive();
            if (a.slipAlert() && !wasActive) {
                int transition = risks.claimAlert(a.opportunityId());
                if (transition > 0) {
                    alerts.raise(deals.get(i), a, transition);
                }
            } else if (!a.slipAlert() && wasActive) {
                cleared.add(a.opportunityId());
            }
        }
        risks.clearAlerts(cleared);
        return assessments;
    }
}
