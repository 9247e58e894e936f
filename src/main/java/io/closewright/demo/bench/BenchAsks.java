package io.closewright.demo.bench;

import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;

/**
 * Value-backed asks on open deals, to the account's champion or economic buyer: most open (some
 * overdue), the rest done or declined, as the ask module records them.
 */
@Component
class BenchAsks {

    private static final String[] ACTIONS = {
        "Introduce us to the CFO", "Share the security questionnaire", "Book the exec call"
    };
    private static final String[] OUTCOMES = {
        "a signed business case", "a security pack in a week", "a clear decision date"
    };

    private final BenchRows rows;

    BenchAsks(BenchRows rows) {
        this.rows = rows;
    }

    int create(
            BenchShape shape,
            BenchTeam team,
            AccountBook accounts,
            List<DealSpec> deals,
            List<Long> ids,
            LocalDate today,
            SplittableRandom random) {
        try (RowBatch batch = rows.batch(
                "INSERT INTO ask (workspace_id, opportunity_id, contact_id, action, outcome, due_date, step_key, status,"
                        + " closed_on, created_by, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                Types.BIGINT,
                Types.BIGINT,
                Types.BIGINT,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.DATE,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.DATE,
                Types.BIGINT,
                Types.TIMESTAMP_WITH_TIMEZONE)) {
            BenchCheckups.Spread spread = new BenchCheckups.Spread(shape.asks(), shape.openDeals());
            for (int i = 0; i < deals.size(); i++) {
                DealSpec d = deals.get(i);
                if (!d.open()) {
                    continue;
                }
                int done = PlanShape.done(d, shape.stepsPerPlan());
                for (int a = spread.next(); a > 0; a--) {
                    int roll = random.nextInt(100);
                    String status = roll < 60 ? "OPEN" : roll < 90 ? "DONE" : "DECLINED";
                    LocalDate due = today.plusDays(random.nextInt(50) - 20);
                    LocalDate created = min(due.minusDays(7 + random.nextInt(14)), today.minusDays(1));
                    batch.add(
                            team.workspaceId(),
                            ids.get(i),
                            accounts.contact(d.account(), a % 2),
                            ACTIONS[a % ACTIONS.length],
                            OUTCOMES[a % OUTCOMES.length],
                            due,
                            PlanShape.key(Math.min(shape.stepsPerPlan(), done + 1)),
                            status,
                            status.equals("OPEN") ? null : min(due, today),
                            d.ownerId(),
                            BenchCheckups.noon(created));
                }
            }
            return batch.count();
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
