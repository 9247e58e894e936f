package io.closewright.risk;

import java.math.BigDecimal;

/** The money at risk of one level: how many deals and their amount, in one currency. */
public record RiskTotal(RiskLevel level, String currency, long deals, BigDecimal amount) {}
