package io.closewright.demo.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Generates a benchmark workspace of a given number of deals (see {@link BenchShape}), seeded and
 * deterministic, by JDBC batch inserts into the app's own schema, then runs {@link BenchRecompute}.
 * Each call makes a new workspace; logins use {@code domain} so that several can share a database.
 */
@Component
public class BenchWorkspaceGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(BenchWorkspaceGenerator.class);

    private final BenchSettings settings;
    private final BenchPeople people;
    private final BenchAccounts accounts;
    private final BenchDeals deals;
    private final BenchPlans plans;
    private final BenchCheckups checkups;
    private final BenchAsks asks;
    private final BenchActivities activities;
    private final BenchRecompute recompute;
    private final BenchRows rows;
    private final Clock clock;

    BenchWorkspaceGenerator(
            BenchSettings settings,
            BenchPeople people,
            BenchAccounts accounts,
            BenchDeals deals,
            BenchPlans plans,
            BenchCheckups checkups,
            BenchAsks asks,
            BenchActivities activities,
            BenchRecompute recompute,
            BenchRows rows,
            Clock clock) {
        this.settings = settings;
        this.people = people;
        this.accounts = accounts;
        this.deals = deals;
        this.plans = plans;
        this.checkups = checkups;
        this.asks = asks;
        this.activities = activities;
        this.recompute = recompute;
        this.rows = rows;
        this.clock = clock;
    }

    /** Generates a workspace of {@code dealCount} deals (at least 100) whose logins end in {@code @domain}. */
    public BenchWorkspace generate(int dealCount, String domain) {
        long start = System.nanoTime();
        BenchShape shape = BenchShape.of(dealCount);
        SplittableRandom random = new SplittableRandom(settings.seed());
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        BenchTeam team = people.create(shape, domain, settings.password());
        AccountBook book = accounts.create(shape, team, now, random.split());
        List<DealSpec> specs = DealSpecs.draw(shape, team, today, random.split());
        List<Long> ids = deals.create(team, book, specs);
        int steps = plans.create(shape, team, specs, ids, today, now);
        int checkupCount = checkups.create(shape, team, specs, ids, today, random.split());
        int askCount = asks.create(shape, team, book, specs, ids, today, random.split());
        int activityCount = activities.create(team, book, specs, ids, today, random.split());
        rows.analyze();
        long loaded = System.nanoTime();
        BenchRecompute.Timings timings = recompute.run(team.admin());
        BenchWorkspace ws = new BenchWorkspace(
                team.workspaceId(),
                "bench-admin@" + domain,
                BenchPeople.repLogin(0) + "@" + domain,
                "bench-manager-1@" + domain,
                settings.password(),
                team.busyRepId(),
                team.teamManagerId(),
                ids.size(),
                shape.openDeals(),
                shape.busyRepOpenDeals(),
                2 * shape.repsPerLead(),
                steps,
                checkupCount,
                askCount,
                activityCount,
                (loaded - start) / 1_000_000,
                timings);
        LOG.info("Bench workspace ready: {}", ws);
        return ws;
    }

    /**
     * A generated workspace: its documented logins (all with {@code password}), the busy rep and the team
     * manager, how many rows of each kind it got, the milliseconds the inserts took and the recompute.
     */
    public record BenchWorkspace(
            long workspaceId,
            String adminEmail,
            String busyRepEmail,
            String teamManagerEmail,
            String password,
            long busyRepId,
            long teamManagerId,
            int deals,
            int openDeals,
            int busyRepOpenDeals,
            int teamManagerReps,
            int planSteps,
            int checkups,
            int asks,
            int activities,
            long loadMillis,
            BenchRecompute.Timings recompute) {}
}
