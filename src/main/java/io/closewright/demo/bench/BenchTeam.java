package io.closewright.demo.bench;

import io.closewright.identity.Role;
import io.closewright.identity.Viewer;
import java.util.List;

/**
 * The people of a benchmark workspace: the admin, the VP, managers, team leads and reps (in hierarchy
 * order), the rep who owns the busiest focus list and the manager with the 50-rep team.
 */
record BenchTeam(
        long workspaceId, long adminId, long vpId, List<Long> managerIds, List<Long> leadIds, List<Long> repIds) {

    /** The rep who owns {@link BenchShape#busyRepOpenDeals()} open deals: the first rep. */
    long busyRepId() {
        return repIds.get(0);
    }

    /** The first manager, with two team leads and {@code 2 * repsPerLead} reps below. */
    long teamManagerId() {
        return managerIds.get(0);
    }

    Viewer admin() {
        return new Viewer(adminId, workspaceId, Role.ADMIN);
    }
}
