package io.closewright.focus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * An open deal that is unripe (low probability, close far away): a candidate for nurture rather than daily work.
 *
 * @param version the deal's version, so moving it to nurture refuses a deal changed meanwhile
 */
public record UnripeDeal(
        long opportunityId,
        String name,
        BigDecimal amount,
        String currency,
        int probability,
        LocalDate closeDate,
        long version) {

    /** The reason a "Move to nurture" form proposes on {@code today}, e.g. "Unripe: 20% and closes in 7 months". */
    public String nurtureReason(LocalDate today) {
        long months = Period.between(today, closeDate).toTotalMonths();
        String when = months >= 1
                ? "in " + months + (months == 1 ? " month" : " months")
                : "in " + ChronoUnit.DAYS.between(today, closeDate) + " days";
        return "Unripe: " + probability + "% and closes " + when;
    }
}
