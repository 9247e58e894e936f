package io.closewright.demo.bench;

import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;

/**
 * One to three logged activities per deal, the latest at the deal's {@code last_activity_at}, the others
 * a few days apart before it; and the reps' own open tasks (50 for the busy rep, 3 for each other rep).
 */
@Component
class BenchActivities {

    private static final String[] TYPES = {"CALL", "EMAIL", "MEETING", "NOTE"};
    private static final String[] SUBJECTS = {"Weekly sync", "Pricing questions", "Security follow-up", "Intro call"};

    private final BenchRows rows;

    BenchActivities(BenchRows rows) {
        this.rows = rows;
    }

    /** Inserts the activities and tasks; answers the activities written. */
    int create(
            BenchTeam team,
            AccountBook accounts,
            List<DealSpec> deals,
            List<Long> ids,
            LocalDate today,
            SplittableRandom random) {
        int written;
        try (RowBatch batch = rows.batch(
                "INSERT INTO activity (workspace_id, account_id, opportunity_id, author_id, activity_type, subject, body,"
                        + " outcome, occurred_at, duration_minutes, version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, 0, ?)",
                Types.BIGINT,
                Types.BIGINT,
                Types.BIGINT,
                Types.BIGINT,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.TIMESTAMP_WITH_TIMEZONE,
                Types.INTEGER,
                Types.TIMESTAMP_WITH_TIMEZONE)) {
            for (int i = 0; i < deals.size(); i++) {
                DealSpec d = deals.get(i);
                OffsetDateTime at = d.lastActivityAt();
                for (int a = 1 + random.nextInt(3); a > 0 && !at.isBefore(d.createdAt()); a--) {
                    String type = TYPES[random.nextInt(TYPES.length)];
                    boolean timed = type.equals("CALL") || type.equals("MEETING");
                    batch.add(
                            team.workspaceId(),
                            accounts.ids().get(d.account()),
                            ids.get(i),
                            d.ownerId(),
                            type,
                            SUBJECTS[random.nextInt(SUBJECTS.length)],
                            "Talked through next steps and open questions.",
                            at,
                            timed ? 30 : null,
                            at);
                    at = at.minusDays(2 + random.nextInt(10));
                }
            }
            written = batch.count();
        }
        tasks(team, deals, ids, today, random);
        return written;
    }

    private void tasks(BenchTeam team, List<DealSpec> deals, List<Long> ids, LocalDate today, SplittableRandom random) {
        try (RowBatch batch = rows.batch(
                "INSERT INTO rep_task (workspace_id, owner_id, opportunity_id, title, due_date, status, snoozed_until,"
                        + " done_on, rule_id, created_by, created_at, version) VALUES (?, ?, ?, ?, ?, 'OPEN', NULL, NULL, NULL, ?, ?, 0)",
                Types.BIGINT,
                Types.BIGINT,
                Types.BIGINT,
                Types.VARCHAR,
                Types.DATE,
                Types.BIGINT,
                Types.TIMESTAMP_WITH_TIMEZONE)) {
            java.util.Map<Long, Integer> left = new java.util.HashMap<>();
            team.repIds().forEach(rep -> left.put(rep, rep == team.busyRepId() ? 50 : 3));
            for (int i = 0; i < deals.size(); i++) {
                DealSpec d = deals.get(i);
                int n = left.getOrDefault(d.ownerId(), 0);
                if (d.open() && n > 0) {
                    left.put(d.ownerId(), n - 1);
                    batch.add(
                            team.workspaceId(),
                            d.ownerId(),
                            ids.get(i),
                            "Send the recap to the champion",
                            today.plusDays(random.nextInt(15) - 5),
                            d.ownerId(),
                            BenchCheckups.noon(today.minusDays(7)));
                }
            }
        }
    }
}
