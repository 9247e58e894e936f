package io.closewright.opportunity;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The summed amounts of the deals a list matches, by currency. When {@code exact} is false the list
 * matched more deals than were summed (ADR 0020's bound), so each figure is a lower bound: the deals
 * match at least that much.
 */
public record AmountTotals(Map<String, BigDecimal> byCurrency, boolean exact) {}
