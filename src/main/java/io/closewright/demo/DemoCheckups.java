package io.closewright.demo;

import io.closewright.checkup.CheckupManagement;
import io.closewright.checkup.NewBlocker;
import io.closewright.checkup.NewCheckup;
import io.closewright.checkup.ScheduledCheckup;
import io.closewright.closeplan.scheduling.StepOwner;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityFilter;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.OpportunitySort;
import io.closewright.opportunity.OpportunityStatus;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.PageSlice;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * Gives the demo's open deals checkups and blockers: some reps prepare well (problem and solution, before
 * the deadline), some mostly "just check in", so the coaching view has something to say; a few blockers
 * are old enough to be flagged and some are resolved; a few coming checkups are prepared.
 */
@Component
class DemoCheckups {

    private static final List<String[]> PROBLEMS = List.of(
            new String[] {"Security review not booked yet", "Send our SOC 2 report and offer a call with our CISO"},
            new String[] {
                "Legal has not opened the MSA", "Send the redlined MSA with the three usual changes pre-agreed"
            },
            new String[] {"Champion unsure the CFO will sign off", "Bring the ROI model built with their own numbers"},
            new String[] {"Procurement wants three quotes", "Share two reference customers of their size"},
            new String[] {"IT worried about the SSO set-up", "Offer a 30-minute session with our solutions engineer"});
    private static final List<String> BLOCKERS = List.of(
            "Waiting for the buyer's legal team to review the MSA",
            "Budget owner on leave until next week",
            "Security questionnaire has 180 open questions",
            "Competitor offered a free pilot",
            "Data-processing agreement needs their DPO's signature");

    private final CheckupManagement checkups;
    private final OpportunityManagement opportunities;

    DemoCheckups(CheckupManagement checkups, OpportunityManagement opportunities) {
        this.checkups = checkups;
        this.opportunities = opportunities;
    }

    /** Adds checkups and blockers to up to 80 open deals; {@code naggers} mostly just check in. */
    void add(Viewer boss, List<Long> naggers, Random random) {
        LocalDate today = opportunities.today(boss);
        OpportunityFilter open = new OpportunityFilter(
                null, null, null, OpportunityStatus.OPEN, null, null, null, null, OpportunitySort.CLOSE_DATE, false);
        for (OpportunityView deal :
                opportunities.opportunities(boss, open, new PageSlice(0, 80)).items()) {
            List<ScheduledCheckup> scheduled = checkups.scheduled(boss, deal.id());
            if (!scheduled.isEmpty()) {
                holdCheckups(boss, deal, scheduled, naggers.contains(deal.ownerId()), today, random);
                raiseBlockers(boss, deal, scheduled, today, random);
            }
        }
    }

    private void holdCheckups(
            Viewer boss,
            OpportunityView deal,
            List<ScheduledCheckup> scheduled,
            boolean nagger,
            LocalDate today,
            Random random) {
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            ScheduledCheckup step = scheduled.get(random.nextInt(scheduled.size()));
            LocalDate heldOn = today.minusDays(random.nextInt(75));
            boolean nag = random.nextInt(10) < (nagger ? 7 : 2);
            String[] pair = PROBLEMS.get(random.nextInt(PROBLEMS.size()));
            checkups.record(
                    boss,
                    deal.id(),
                    new NewCheckup(
                            random.nextBoolean() ? step.stepKey() : null,
                            heldOn,
                            nag ? null : pair[0],
                            nag || random.nextInt(4) == 0 ? null : pair[1],
                            nag ? "Any news on this?" : null));
        }
        ScheduledCheckup next = scheduled.get(0);
        if (!nagger && !next.held() && random.nextBoolean()) {
            String[] pair = PROBLEMS.get(random.nextInt(PROBLEMS.size()));
            checkups.prepare(boss, deal.id(), next.stepKey(), pair[0], pair[1]);
        }
    }

    private void raiseBlockers(
            Viewer boss, OpportunityView deal, List<ScheduledCheckup> scheduled, LocalDate today, Random random) {
        if (random.nextInt(3) != 0) {
            return;
        }
        ScheduledCheckup step = scheduled.get(random.nextInt(scheduled.size()));
        var blocker = checkups.raise(
                boss,
                deal.id(),
                new NewBlocker(
                        BLOCKERS.get(random.nextInt(BLOCKERS.size())),
                        random.nextInt(4) == 0 ? null : step.stepKey(),
                        random.nextInt(3) == 0 ? StepOwner.SELLER : StepOwner.BUYER,
                        today.minusDays(random.nextInt(20))));
        if (random.nextInt(3) == 0) {
            checkups.resolve(boss, deal.id(), blocker.id(), "Talked it through with the champion; cleared");
        }
    }
}
