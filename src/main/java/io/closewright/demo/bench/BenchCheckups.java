package io.closewright.demo.bench;

import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;

/**
 * Checkups held on open deals over the last two months (most before their deadline, some just checking
 * in), an open blocker on about one deal in ten, as the checkup module records them.
 */
@Component
class BenchCheckups {

    private static final String[] PROBLEMS = {"Budget not confirmed", "Security team not engaged", "Champion unsure"};
    private static final String[] SOLUTIONS = {"ROI model with the CFO", "Send the security pack", "Exec-to-exec call"};

    private final BenchRows rows;

    BenchCheckups(BenchRows rows) {
        this.rows = rows;
    }

    /** Inserts {@link BenchShape#checkups()} checkups and the blockers; answers the checkups written. */
    int create(
            BenchShape shape,
            BenchTeam team,
            List<DealSpec> deals,
            List<Long> ids,
            LocalDate today,
            SplittableRandom random) {
        int written;
        try (RowBatch batch = rows.batch(
                "INSERT INTO checkup (workspace_id, opportunity_id, step_key, held_on, deadline, problem, solution, notes,"
                        + " before_deadline, problem_identified, solution_ready, score, just_checking_in, recorded_by,"
                        + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)",
                Types.BIGINT,
                Types.BIGINT,
                Types.VARCHAR,
                Types.DATE,
                Types.DATE,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.BOOLEAN,
                Types.BOOLEAN,
                Types.BOOLEAN,
                Types.INTEGER,
                Types.BOOLEAN,
                Types.BIGINT,
                Types.TIMESTAMP_WITH_TIMEZONE)) {
            Spread spread = new Spread(shape.checkups(), shape.openDeals());
            for (int i = 0; i < deals.size(); i++) {
                DealSpec d = deals.get(i);
                if (!d.open()) {
                    continue;
                }
                int done = PlanShape.done(d, shape.stepsPerPlan());
                for (int c = spread.next(); c > 0; c--) {
                    LocalDate held = today.minusDays(1 + random.nextInt(60));
                    boolean before = random.nextInt(100) < 75;
                    boolean problem = random.nextInt(100) < 70;
                    boolean solution = problem && random.nextInt(100) < 70;
                    batch.add(
                            team.workspaceId(),
                            ids.get(i),
                            PlanShape.key(Math.min(shape.stepsPerPlan(), done + 1)),
                            held,
                            before ? held.plusDays(3) : held.minusDays(1),
                            problem ? PROBLEMS[c % PROBLEMS.length] : null,
                            solution ? SOLUTIONS[c % SOLUTIONS.length] : null,
                            before,
                            problem,
                            solution,
                            (before ? 1 : 0) + (problem ? 1 : 0) + (solution ? 1 : 0),
                            !problem && !solution,
                            d.ownerId(),
                            held.atTime(16, 0).atOffset(ZoneOffset.UTC));
                }
            }
            written = batch.count();
        }
        blockers(team, deals, ids, today, random);
        return written;
    }

    private void blockers(
            BenchTeam team, List<DealSpec> deals, List<Long> ids, LocalDate today, SplittableRandom random) {
        try (RowBatch batch = rows.batch(
                "INSERT INTO blocker (workspace_id, opportunity_id, step_key, description, owner_side, raised_on, raised_by,"
                        + " resolved_on, resolution, resolved_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, 0)",
                Types.BIGINT,
                Types.BIGINT,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.DATE,
                Types.BIGINT)) {
            for (int i = 0; i < deals.size(); i++) {
                DealSpec d = deals.get(i);
                if (d.open() && random.nextInt(10) == 0) {
                    batch.add(
                            team.workspaceId(),
                            ids.get(i),
                            null,
                            "Legal review stuck on the liability cap",
                            random.nextBoolean() ? "BUYER" : "SELLER",
                            today.minusDays(random.nextInt(20)),
                            d.ownerId());
                }
            }
        }
    }

    /** Splits {@code total} rows over {@code slots} deals as evenly as whole numbers allow. */
    static final class Spread {
        private final int total;
        private final int slots;
        private int slot;
        private int given;

        Spread(int total, int slots) {
            this.total = total;
            this.slots = slots;
        }

        int next() {
            slot++;
            int due = (int) ((long) total * slot / slots);
            int n = due - given;
            given = due;
            return n;
        }
    }

    static OffsetDateTime noon(LocalDate day) {
        return day.atTime(12, 0).atOffset(ZoneOffset.UTC);
    }
}
