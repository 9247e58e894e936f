package io.closewright.focus;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An open deal that is unripe (low probability, close far away): a candidate for nurture rather than daily work. */
public record UnripeDeal(
        long opportunityId, String name, BigDecimal amount, String currency, int probability, LocalDate closeDate) {}
