package io.closewright.risk;

import io.closewright.shared.IdSelection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assesses open deals in sets and keeps the read model and the slip alerts in step: a set of deals after
 * a change, or a whole workspace in chunks of {@value #CHUNK} deals, each chunk one transaction with a
 * handful of statements, several chunks at once.
 */
@Component
class RiskRecompute {

    static final int CHUNK = 500;

    private final RiskFacts facts;
    private final DealRisks risks;
    private final RiskContexts contexts;
    private final SlipAlerts alerts;
    /** Transactions of their own: a chunk never runs in a caller's transaction. */
    private final TransactionTemplate transactions;

    private final int workers;

    RiskRecompute(
            RiskFacts facts,
            DealRisks risks,
            RiskContexts contexts,
            SlipAlerts alerts,
            TransactionTemplate transactions,
            RiskSettings settings) {
        if (settings.recomputeWorkers() < 1) {
            throw new IllegalArgumentException("closewright.risk.recompute-workers must be at least 1");
        }
        this.facts = facts;
        this.risks = risks;
        this.contexts = contexts;
        this.alerts = alerts;
        this.transactions = new TransactionTemplate(transactions.getTransactionManager());
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.workers = settings.recomputeWorkers();
    }

    /**
     * Re-assesses every open deal of a workspace; answers how many. Chunks are read in id order and assessed
     * by up to {@code closewright.risk.recompute-workers} at once, each chunk in a transaction of its own (never
     * the caller's): a chunk that fails leaves the chunks that committed as they are, those not started by the
     * time its failure is seen are not run, and the failure is thrown once the running ones have ended.
     */
    int workspace(long workspaceId) {
        RiskContext context = contexts.of(workspaceId);
        int done;
        if (workers == 1) {
            done = inOrder(workspaceId, chunk -> transactions.executeWithoutResult(tx -> assess(context, chunk)));
        } else {
            done = atOnce(workspaceId, context);
        }
        transactions.executeWithoutResult(tx -> risks.dropClosed(workspaceId));
        return done;
    }

    private int atOnce(long workspaceId, RiskContext context) {
        AtomicInteger started = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(
                workers, task -> new Thread(task, "risk-recompute-" + workspaceId + "-" + started.incrementAndGet()));
        List<Future<?>> chunks = new ArrayList<>();
        try {
            int done = inOrder(
                    workspaceId,
                    chunk -> chunks.add(
                            pool.submit(() -> transactions.executeWithoutResult(tx -> assess(context, chunk)))));
            awaitAll(chunks);
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits for every chunk; after the first failure cancels those not started and throws it. */
    private static void awaitAll(List<Future<?>> chunks) {
        RuntimeException failure = null;
        for (Future<?> chunk : chunks) {
            try {
                if (failure == null) {
                    chunk.get();
                } else if (!chunk.cancel(false)) {
                    chunk.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the risk recompute ran", e);
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r
                            ? r
                            : new IllegalStateException("A risk recompute chunk failed", e.getCause());
                }
            } catch (java.util.concurrent.CancellationException e) {
                // a chunk cancelled after the first failure
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Reads the workspace's open deal ids chunk by chunk in id order, hands each chunk on; answers how many. */
    private int inOrder(long workspaceId, java.util.function.Consumer<IdSelection> each) {
        int done = 0;
        long after = 0;
        while (true) {
            List<Long> ids = facts.openDealIds(workspaceId, after, CHUNK);
            if (ids.isEmpty()) {
                return done;
            }
            each.accept(IdSelection.chunk(ids));
            done += ids.size();
            after = ids.get(ids.size() - 1);
        }
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
