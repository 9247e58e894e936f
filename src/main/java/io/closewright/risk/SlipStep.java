package io.closewright.risk;

import io.closewright.closeplan.scheduling.StepOwner;
import java.time.LocalDate;

/**
 * A critical open step of a slipping plan: what the deal waits on.
 *
 * @param owner the side that owns the step
 * @param dueDate when the step must finish for the target close date
 * @param earliestFinish when it can finish at the earliest
 * @param slackDays signed working days from earliest finish to due date, negative when late
 */
public record SlipStep(
        String key, String title, StepOwner owner, LocalDate dueDate, LocalDate earliestFinish, int slackDays) {}
