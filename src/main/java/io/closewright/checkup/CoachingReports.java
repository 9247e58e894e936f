package io.closewright.checkup;

import io.closewright.closeplan.ClosePlanManagement;
import io.closewright.identity.IdentityManagement;
import io.closewright.identity.Role;
import io.closewright.identity.UserView;
import io.closewright.identity.Viewer;
import io.closewright.identity.Visibility;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Computes {@link CoachingReport}s over the reps a viewer may see; the visibility rule is in the SQL. */
@Component
class CoachingReports {

    private static final String VISIBLE =
            " JOIN opportunity o ON o.id = x.opportunity_id WHERE x.workspace_id = :ws AND "
                    + Visibility.visibleOwner("o.owner_id");

    private final JdbcClient jdbc;
    private final IdentityManagement identity;
    private final OpportunityManagement opportunities;
    private final ClosePlanManagement plans;
    private final WorkspacePolicies policies;

    CoachingReports(
            JdbcClient jdbc,
            IdentityManagement identity,
            OpportunityManagement opportunities,
            ClosePlanManagement plans,
            WorkspacePolicies policies) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.opportunities = opportunities;
        this.plans = plans;
        this.policies = policies;
    }

    record Counts(long ownerId, long held, long beforeDeadline, long problem, long solution, long justChecking) {}

    record OpenBlocker(long ownerId, LocalDate raisedOn) {}

    CoachingReport report(Viewer viewer, int days) {
        if (days < 1 || days > 366) {
            throw new RuleViolationException("days", "must be between 1 and 366");
        }
        LocalDate today = opportunities.today(viewer);
        LocalDate from = today.minusDays(days - 1L);
        Map<Long, Counts> counts = new HashMap<>();
        counts(viewer, from, today).forEach(c -> counts.put(c.ownerId(), c));
        int limit = policies.of(viewer.workspaceId()).blockerAgeLimitDays;
        Map<Long, Map<String, Integer>> buckets = new HashMap<>();
        Map<Long, Integer> flagged = new HashMap<>();
        ageBlockers(viewer, today, limit, buckets, flagged);
        List<RepCoaching> reps = identity.visibleUsers(viewer).stream()
                .filter(u -> u.role() == Role.REP || counts.containsKey(u.id()) || buckets.containsKey(u.id()))
                .filter(u -> u.active() || counts.containsKey(u.id()))
                .map(u -> rep(u, counts.get(u.id()), buckets.getOrDefault(u.id(), emptyBuckets()), flagged))
                .toList();
        return new CoachingReport(days, from, today, limit, reps);
    }

    private void ageBlockers(
            Viewer viewer,
            LocalDate today,
            int limit,
            Map<Long, Map<String, Integer>> buckets,
            Map<Long, Integer> flagged) {
        BusinessCalendar calendar = plans.businessCalendar(viewer.workspaceId());
        for (OpenBlocker b : openBlockers(viewer)) {
            BlockerAge age = BlockerAge.of(calendar, b.raisedOn(), null, today, limit);
            buckets.computeIfAbsent(b.ownerId(), k -> emptyBuckets()).merge(age.bucket(), 1, Integer::sum);
            flagged.merge(b.ownerId(), age.flagged() ? 1 : 0, Integer::sum);
        }
    }

    private static RepCoaching rep(UserView user, Counts c, Map<String, Integer> buckets, Map<Long, Integer> flagged) {
        long held = c == null ? 0 : c.held();
        return new RepCoaching(
                user.id(),
                user.name(),
                held,
                share(c == null ? 0 : c.beforeDeadline(), held),
                share(c == null ? 0 : c.problem(), held),
                share(c == null ? 0 : c.solution(), held),
                share(c == null ? 0 : c.justChecking(), held),
                buckets,
                flagged.getOrDefault(user.id(), 0));
    }

    private List<Counts> counts(Viewer viewer, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT o.owner_id, COUNT(*) AS held,"
                        + " SUM(CASE WHEN x.before_deadline THEN 1 ELSE 0 END) AS before_deadline,"
                        + " SUM(CASE WHEN x.problem_identified THEN 1 ELSE 0 END) AS problem,"
                        + " SUM(CASE WHEN x.solution_ready THEN 1 ELSE 0 END) AS solution,"
                        + " SUM(CASE WHEN x.just_checking_in THEN 1 ELSE 0 END) AS just_checking"
                        + " FROM checkup x" + VISIBLE + " AND x.held_on BETWEEN :from AND :to GROUP BY o.owner_id")
                .param("ws", viewer.workspaceId())
                .param("viewerId", viewer.userId())
                .param("from", from)
                .param("to", to)
                .query(Counts.class)
                .list();
    }

    private List<OpenBlocker> openBlockers(Viewer viewer) {
        return jdbc.sql("SELECT o.owner_id, x.raised_on FROM blocker x" + VISIBLE + " AND x.resolved_on IS NULL")
                .param("ws", viewer.workspaceId())
                .param("viewerId", viewer.userId())
                .query(OpenBlocker.class)
                .list();
    }

    private static Map<String, Integer> emptyBuckets() {
        Map<String, Integer> buckets = new LinkedHashMap<>();
        RepCoaching.AGE_BUCKETS.forEach(b -> buckets.put(b, 0));
        return buckets;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
