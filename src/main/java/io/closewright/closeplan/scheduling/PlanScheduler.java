package io.closewright.closeplan.scheduling;

import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.List;

/**
 * Schedules a close plan: works it backwards from the target close date and projects it forwards
 * from today, in working days of a {@link BusinessCalendar}. Stateless and thread-safe; pure: the
 * caller passes today.
 *
 * <p>Dates are whole days, inclusive: a step of duration d that starts on day S finishes on the
 * (d-1)th working day after S. The backward pass gives a step with no successors the due date T,
 * the target moved back to a working day, and any other step the working day before the earliest
 * latest start of its successors. The forward pass fixes done steps at their {@code doneOn} and
 * starts an open step on the latest of the first working day on or after today and the working day
 * after each predecessor's finish. {@link PlanSchedule} and {@link ScheduledStep} define each
 * figure of the result.
 *
 * <p>Time is linear in steps plus dependencies (plus a sort of the steps into schedule order).
 */
public final class PlanScheduler {

    /** Slack below which a feasible plan is {@link ScheduleStatus#AT_RISK}, unless a workspace sets another. */
    public static final int DEFAULT_RISK_BUFFER_DAYS = 2;

    /** The most steps a plan may have, unless configured otherwise. */
    public static final int DEFAULT_MAX_STEPS = 500;

    private final int maxSteps;

    /** A scheduler refusing plans of more than {@value #DEFAULT_MAX_STEPS} steps. */
    public PlanScheduler() {
        this(DEFAULT_MAX_STEPS);
    }

    /** A scheduler refusing plans of more than {@code maxSteps} steps. */
    public PlanScheduler(int maxSteps) {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps must be at least 1, was " + maxSteps);
        }
        this.maxSteps = maxSteps;
    }

    /**
     * Schedules {@code steps} to close on {@code targetCloseDate}.
     *
     * <p>A plan is refused when it has no steps or more than the maximum, a step has a blank key or
     * one already used, a blank title, no owner, a duration outside 1 to 250, or depends on itself or
     * on an unknown key, or when the dependencies form a cycle. The cycle is named in dependency
     * order, starting at the step listed first in the plan: "Steps form a cycle: a -> b -> c -> a"
     * when b depends on a, c on b and a on c. A dependency listed twice counts once.
     *
     * <p>The forward pass takes done steps as they are. The plan is consistent when no done step has
     * an open predecessor and no step is done after today; then, while any step is open,
     * {@code feasible} holds exactly when {@code minSlackDays >= 0}.
     *
     * @param steps the plan's steps in the plan's order
     * @param targetCloseDate the date the deal should close; moved back to a working day if need be
     * @param today the workspace's current date
     * @param calendar the workspace's business calendar
     * @param riskBufferDays slack in working days below which a feasible plan is at risk
     * @return the schedule
     * @throws InvalidPlanException naming every problem of the plan
     */
    public PlanSchedule schedule(
            List<StepSpec> steps,
            LocalDate targetCloseDate,
            LocalDate today,
            BusinessCalendar calendar,
            int riskBufferDays) {
        PlanGraph graph = PlanValidation.validate(steps, maxSteps);
        LocalDate target = calendar.onOrBefore(targetCloseDate);
        long todayOrdinal = calendar.ordinal(today);
        SchedulePasses passes = new SchedulePasses(graph, steps);
        passes.backward(calendar.ordinal(target));
        passes.forward(todayOrdinal, calendar);
        return new PlanScheduleAssembly(graph, steps, passes, calendar, todayOrdinal).assemble(target, riskBufferDays);
    }
}
