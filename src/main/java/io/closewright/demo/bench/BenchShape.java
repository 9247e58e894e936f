package io.closewright.demo.bench;

/**
 * The sizes of a benchmark workspace of {@code deals} deals, scaled from the PERFORMANCE.md workspace of
 * 100,000: 200 reps (at least 8), 60% of deals open, one rep with 500 open deals (at least 5), 1,200,000
 * plan steps over the open deals' plans, 150,000 checkups and 150,000 asks, 20,000 accounts with three
 * contacts each.
 *
 * @param reps reps in the hierarchy, under team leads of {@code repsPerLead} reps, two leads per manager
 */
record BenchShape(
        int deals,
        int openDeals,
        int reps,
        int leads,
        int repsPerLead,
        int busyRepOpenDeals,
        int stepsPerPlan,
        int checkups,
        int asks,
        int accounts,
        int contactsPerAccount) {

    /** The shape of a workspace of {@code deals} deals (at least 100). */
    static BenchShape of(int deals) {
        if (deals < 100) {
            throw new IllegalArgumentException("a benchmark workspace has at least 100 deals");
        }
        int reps = Math.max(8, deals / 500);
        int leads = Math.max(2, (reps + 24) / 25);
        leads += leads % 2;
        int open = deals * 6 / 10;
        int steps = (int) Math.max(1, Math.round(12.0 * deals / open));
        return new BenchShape(
                deals,
                open,
                reps,
                leads,
                (reps + leads - 1) / leads,
                Math.max(5, deals / 200),
                steps,
                deals * 3 / 2,
                deals * 3 / 2,
                Math.max(10, deals / 5),
                3);
    }

    /** Managers: one per two team leads, all under the VP. */
    int managers() {
        return leads / 2;
    }
}
