package io.closewright.closeplan;

import io.closewright.closeplan.scheduling.ScheduleStatus;
import io.closewright.closeplan.scheduling.StepOwner;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How pages and the timeline word a plan: sides, statuses, slack and the steps a deal waits on. */
public final class PlanWords {

    private PlanWords() {}

    /** {@code seller}, {@code buyer} or {@code joint}. */
    public static String side(StepOwner owner) {
        return owner == null ? "" : owner.name().toLowerCase(Locale.ROOT);
    }

    /** {@code Seller}, {@code Buyer} or {@code Joint}. */
    public static String sideLabel(StepOwner owner) {
        String side = side(owner);
        return side.isEmpty() ? "" : Character.toUpperCase(side.charAt(0)) + side.substring(1);
    }

    /** {@code 1 working day}, {@code 3 working days}. */
    public static String workingDays(long days) {
        return days + (Math.abs(days) == 1 ? " working day" : " working days");
    }

    /** Slack for a reader: {@code 3 days to spare}, {@code no slack}, {@code 2 days late}. */
    public static String slack(Integer days) {
        if (days == null) {
            return "";
        }
        if (days == 0) {
            return "no slack";
        }
        String n = Math.abs(days) + (Math.abs(days) == 1 ? " day" : " days");
        return days > 0 ? n + " to spare" : n + " late";
    }

    public static String statusLabel(ScheduleStatus status) {
        return switch (status) {
            case ON_TRACK -> "On track";
            case AT_RISK -> "At risk";
            case OFF_TRACK -> "Off track";
        };
    }

    /** What the status means, in one sentence. */
    public static String statusMeaning(ScheduleStatus status, int riskBufferDays) {
        return switch (status) {
            case ON_TRACK -> "The plan finishes by the close date with room to spare.";
            case AT_RISK ->
                "The plan still finishes by the close date, but with less than " + workingDays(riskBufferDays)
                        + " to spare: one slow step and it slips.";
            case OFF_TRACK -> "The plan cannot finish by the close date if the remaining work starts today.";
        };
    }

    /** {@code Legal review (buyer), Signature (buyer)}: the open critical steps with their side. */
    public static String waitingOn(PlanView plan) {
        List<PlanStepView> steps = plan.criticalOpenSteps();
        return steps.stream().map(s -> s.title() + " (" + side(s.owner()) + ")").collect(Collectors.joining(", "));
    }
}
