package io.closewright.risk;

/**
 * The thresholds of the signals, per workspace.
 *
 * @param blockerAgeLimitDays working days after which an open blocker is aging (the checkup policy's limit)
 * @param checkupGapDays working days without a held checkup after which a deal with open steps lacks one
 * @param pushLimit close-date pushes from which a deal counts as pushed
 * @param riskBufferDays the calendar's risk buffer, for scheduling plans
 * @param period whether forecast periods are months or quarters
 */
record RiskRules(
        int blockerAgeLimitDays, int checkupGapDays, int pushLimit, int riskBufferDays, ForecastPeriod.Kind period) {}
