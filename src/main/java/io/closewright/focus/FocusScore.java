package io.closewright.focus;

import java.math.BigDecimal;

/**
 * The focus score (docs/adr/0010): {@code 10 x value x urgency x criticality x ripeness}, rounded to two
 * decimals. Plain arithmetic, so the same item on the same day always scores the same.
 *
 * <ul>
 *   <li>value: {@code log10(10 + amount x probability)}: a deal worth 1,000 weighted counts 3, one worth
 *       1,000,000 counts 6, so money matters without drowning urgency;
 *   <li>urgency from the signed working days {@code d} to the due date: overdue ({@code d < 0}) is
 *       {@code 3 + 0.1 x min(-d, 10)}, above anything not yet due; otherwise {@code 2 / (1 + d / 3)} (2 due
 *       today, 1 in three working days, 0.46 in ten);
 *   <li>criticality: 1.5 for a critical step without slack and for re-dating an off-track plan, 1.25 for
 *       another critical step and for a flagged blocker, else 1;
 *   <li>ripeness: 1, or the configured factor (0.3) for an unripe deal.
 * </ul>
 */
final class FocusScore {

    private FocusScore() {}

    static double value(BigDecimal weighted) {
        return Math.log10(10 + Math.max(0, weighted.doubleValue()));
    }

    static double urgency(long workingDaysToDue) {
        if (workingDaysToDue < 0) {
            return 3 + 0.1 * Math.min(-workingDaysToDue, 10);
        }
        return 2 / (1 + workingDaysToDue / 3.0);
    }

    static double criticality(Candidate c) {
        if (c.kind() == FocusKind.REDATE) {
            return 1.5;
        }
        if (c.kind() == FocusKind.STEP && c.critical()) {
            return c.slackDays() != null && c.slackDays() <= 0 ? 1.5 : 1.25;
        }
        return c.critical() ? 1.25 : 1;
    }

    static double score(double value, double urgency, double criticality, double ripeness) {
        return Math.round(1000 * value * urgency * criticality * ripeness) / 100.0;
    }
}
