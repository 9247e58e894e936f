package io.closewright.checkup;

import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Checkups and blockers on behalf of a viewer. Every call on a deal goes through the deal's visibility:
 * a deal the viewer may not see answers 404 like a missing one, and nothing changes. Bad input is a
 * {@link io.closewright.shared.RuleViolationException} naming the field; changing a closed deal or
 * resolving a resolved blocker a {@link io.closewright.shared.StateConflictException}.
 */
@Service
public class CheckupManagement {

    private final CheckupLog checkups;
    private final BlockerLog blockers;
    private final CheckupAgendas agendas;
    private final CheckupBatch batch;
    private final CoachingReports coaching;
    private final CheckupReminders reminders;
    private final WorkspacePolicies policies;
    private final OpportunityManagement opportunities;

    CheckupManagement(
            CheckupLog checkups,
            BlockerLog blockers,
            CheckupAgendas agendas,
            CheckupBatch batch,
            CoachingReports coaching,
            CheckupReminders reminders,
            WorkspacePolicies policies,
            OpportunityManagement opportunities) {
        this.checkups = checkups;
        this.blockers = blockers;
        this.agendas = agendas;
        this.batch = batch;
        this.coaching = coaching;
        this.reminders = reminders;
        this.policies = policies;
        this.opportunities = opportunities;
    }

    /** The checkup of each open step of the deal's plan as it stands today (none without a plan). */
    public List<ScheduledCheckup> scheduled(Viewer viewer, long dealId) {
        return checkups.scheduled(viewer, dealId);
    }

    /**
     * The checkups of many deals' open steps at once (the same schedule as {@link #scheduled(Viewer, long)}),
     * from their plans as scheduled today: by deal id, in a fixed number of queries.
     */
    public java.util.Map<Long, List<ScheduledCheckup>> scheduled(
            Viewer viewer, java.util.Map<Long, io.closewright.closeplan.PlanView> plans) {
        return batch.scheduled(viewer, plans, opportunities.today(viewer));
    }

    /** The open blockers of many deals the viewer may see, oldest first, with their age in working days. */
    public List<BlockerView> openBlockers(Viewer viewer, java.util.Collection<Long> dealIds) {
        return batch.openBlockers(viewer, dealIds, opportunities.today(viewer));
    }

    /** The deal's held checkups, latest first. */
    public Paged<CheckupView> checkups(Viewer viewer, long dealId, PageSlice slice) {
        return checkups.checkups(viewer, dealId, slice);
    }

    /** Records a held checkup (today or earlier, for a step of the plan or the whole deal) with its quality. */
    public CheckupView record(Viewer viewer, long dealId, NewCheckup checkup) {
        return checkups.record(viewer, dealId, checkup);
    }

    /** Prepares an open step's coming checkup: the problem expected and the solution to bring. */
    public ScheduledCheckup prepare(Viewer viewer, long dealId, String stepKey, String problem, String solution) {
        return checkups.prepare(viewer, dealId, stepKey, problem, solution);
    }

    /** The deal's blockers, open first, with their age in working days. */
    public Paged<BlockerView> blockers(Viewer viewer, long dealId, PageSlice slice) {
        return blockers.blockers(viewer, dealId, slice);
    }

    /** Raises a blocker today. */
    public BlockerView raise(Viewer viewer, long dealId, NewBlocker blocker) {
        return blockers.raise(viewer, dealId, blocker);
    }

    /** Resolves an open blocker today. */
    public BlockerView resolve(Viewer viewer, long dealId, long blockerId, String resolution) {
        return blockers.resolve(viewer, dealId, blockerId, resolution);
    }

    /** Prepares the checkup of a blocker's step with the blocker as its problem and {@code solution}. */
    public ScheduledCheckup prepareFromBlocker(Viewer viewer, long dealId, long blockerId, String solution) {
        return blockers.prepareCheckup(viewer, dealId, blockerId, solution);
    }

    /** The viewer's checkups to hold: overdue, today and this week, over their own deals or all they see. */
    public CheckupAgenda agenda(Viewer viewer, boolean mine) {
        return agendas.agenda(viewer, mine);
    }

    /** How many of this morning's reminders still wait for a checkup. */
    public long openReminders(Viewer viewer) {
        return reminders.forUser(viewer, opportunities.today(viewer)).stream()
                .filter(r -> !r.done())
                .count();
    }

    /** The checkup habits of the reps the viewer may see over the last {@code days} days. */
    public CoachingReport coaching(Viewer viewer, int days) {
        return coaching.report(viewer, days);
    }

    public CheckupPolicyView policy(Viewer viewer) {
        return policies.of(viewer.workspaceId()).view();
    }

    /** Changes the workspace's checkup settings if {@code version} is current (admins only, checked by the caller). */
    public CheckupPolicyView changePolicy(Viewer viewer, long version, Integer leadDays, Integer blockerAgeLimitDays) {
        return policies.change(viewer.workspaceId(), version, leadDays, blockerAgeLimitDays);
    }
}
