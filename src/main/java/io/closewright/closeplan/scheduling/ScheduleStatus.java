package io.closewright.closeplan.scheduling;

/** How a plan stands against its target close date; see {@link PlanSchedule#scheduleStatus()}. */
public enum ScheduleStatus {
    /** Feasible with at least the risk buffer of slack, or every step done in time. */
    ON_TRACK,
    /** Feasible, but the least slack of the open steps is below the risk buffer. */
    AT_RISK,
    /** The projected close date is after the target close date. */
    OFF_TRACK
}
