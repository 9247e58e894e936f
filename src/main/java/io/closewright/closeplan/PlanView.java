package io.closewright.closeplan;

import io.closewright.closeplan.scheduling.PlanSchedule;
import io.closewright.closeplan.scheduling.ScheduleStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A plan scheduled for today: the target and projected close dates, whether the target is realistic,
 * the earliest realistic date, the slack, the status, progress, the critical path and every step. For a
 * preview {@code opportunityId} is null and {@code version} 0.
 */
public record PlanView(
        @Nullable Long opportunityId,
        @Nullable String templateId,
        LocalDate today,
        LocalDate targetCloseDate,
        LocalDate projectedCloseDate,
        boolean feasible,
        LocalDate earliestCloseDate,
        @Nullable Integer minSlackDays,
        ScheduleStatus scheduleStatus,
        double progress,
        List<String> criticalPath,
        List<PlanStepView> steps,
        long version) {

    static PlanView of(
            Long opportunityId,
            String templateId,
            LocalDate today,
            PlanSchedule s,
            List<StepDraft> drafts,
            long version) {
        Map<String, StepDraft> byKey = new HashMap<>();
        drafts.forEach(d -> byKey.put(d.key().trim(), d));
        List<PlanStepView> steps = new ArrayList<>();
        for (var step : s.steps()) {
            steps.add(PlanStepView.of(step, byKey.get(step.key())));
        }
        return new PlanView(
                opportunityId,
                templateId,
                today,
                s.targetCloseDate(),
                s.projectedCloseDate(),
                s.feasible(),
                s.earliestCloseDate(),
                s.minSlackDays(),
                s.scheduleStatus(),
                s.progress(),
                s.criticalPath(),
                steps,
                version);
    }

    /** The critical open steps: what the deal waits on. */
    public List<PlanStepView> criticalOpenSteps() {
        return steps.stream().filter(s -> s.critical() && !s.done()).toList();
    }
}
