package io.closewright.demo.bench;

import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A close plan for every open deal ({@link PlanShape}), with done steps dated between the deal's
 * creation and today, as the closeplan module stores them.
 */
@Component
class BenchPlans {

    private final BenchRows rows;

    BenchPlans(BenchRows rows) {
        this.rows = rows;
    }

    /** Inserts the plans; answers the number of steps. */
    int create(
            BenchShape shape,
            BenchTeam team,
            List<DealSpec> deals,
            List<Long> ids,
            LocalDate today,
            OffsetDateTime now) {
        try (RowBatch batch = rows.batch(
                "INSERT INTO close_plan (opportunity_id, workspace_id, template_key, schedule_status, version, updated_at)"
                        + " VALUES (?, ?, NULL, 'ON_TRACK', 0, ?)",
                Types.BIGINT,
                Types.BIGINT,
                Types.TIMESTAMP_WITH_TIMEZONE)) {
            for (int i = 0; i < deals.size(); i++) {
                if (deals.get(i).open()) {
                    batch.add(ids.get(i), team.workspaceId(), now);
                }
            }
        }
        int steps = shape.stepsPerPlan();
        try (RowBatch batch = rows.batch(
                "INSERT INTO plan_step (close_plan_id, position, step_key, title, owner, duration_days, depends_on,"
                        + " involves, assignee_contact_id, done_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)",
                Types.BIGINT,
                Types.INTEGER,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.INTEGER,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.DATE)) {
            for (int i = 0; i < deals.size(); i++) {
                DealSpec d = deals.get(i);
                if (!d.open()) {
                    continue;
                }
                int done = PlanShape.done(d, steps);
                LocalDate created = d.createdAt().toLocalDate();
                long days = Math.max(1, today.toEpochDay() - created.toEpochDay());
                for (int p = 1; p <= steps; p++) {
                    LocalDate doneOn = p <= done ? created.plusDays(days * p / (done + 1)) : null;
                    batch.add(
                            ids.get(i),
                            p,
                            PlanShape.key(p),
                            PlanShape.title(p),
                            PlanShape.owner(d, p),
                            PlanShape.duration(d, p),
                            PlanShape.dependsOn(p),
                            PlanShape.involves(p),
                            doneOn);
                }
            }
            return batch.count();
        }
    }
}
