package io.closewright.closeplan;

import java.sql.Date;
import java.sql.Timestamp;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Saves a plan of which one step was marked done or open again: the plan row (status, version, time) and
 * that step's row, two statements, where saving the whole aggregate deletes and inserts every step.
 * Optimistic locking is the aggregate's: when the plan's version moved since it was read, nothing is
 * written and an {@link OptimisticLockingFailureException} says so.
 */
@Component
class PlanStepMarks {

    /** The step key meaning "no step changed": only the plan row is written. */
    static final String NO_STEP = "";

    private final JdbcClient jdbc;

    PlanStepMarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes {@code plan}'s status and the done date of its step {@code stepKey} (none for {@link #NO_STEP});
     * bumps and sets its version.
     */
    void save(ClosePlan plan, String stepKey) {
        int plans = jdbc.sql("UPDATE close_plan SET schedule_status = ?, version = version + 1, updated_at = ?"
                        + " WHERE opportunity_id = ? AND version = ?")
                .params(plan.scheduleStatus.name(), Timestamp.from(plan.updatedAt), plan.opportunityId, plan.version)
                .update();
        if (plans == 0) {
            throw new OptimisticLockingFailureException(
                    "Plan of opportunity " + plan.opportunityId + " changed since version " + plan.version);
        }
        plan.version = plan.version + 1;
        if (NO_STEP.equals(stepKey)) {
            return;
        }
        StoredStep step = plan.steps.stream()
                .filter(s -> s.key.equals(stepKey))
                .findFirst()
                .orElseThrow();
        jdbc.sql("UPDATE plan_step SET done_on = ? WHERE close_plan_id = ? AND step_key = ?")
                .params(step.doneOn == null ? null : Date.valueOf(step.doneOn), plan.opportunityId, stepKey)
                .update();
    }
}
