package io.closewright.focus;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code closewright.focus}.
 *
 * @param horizonDays how many working days ahead a step, checkup, ask or task counts as due soon
 * @param unripeProbability a deal whose stage probability is below this (percent) ...
 * @param unripeDaysToClose ... and whose close date is more than this many days away is unripe
 * @param unripeFactor what an unripe deal's items' scores are multiplied by (0 to 1)
 * @param standaloneValue the weighted value a task without a deal counts as
 * @param maxDeals at most this many open deals of a rep are considered (closing first)
 * @param ruleInterval how often the automation rules look for new occurrences
 * @param cachedLists how many built focus lists are kept to be served again while no data changed (0: none)
 * @param cachedFor how long at most a kept list is served (stale deals depend on the time of day)
 */
@ConfigurationProperties("closewright.focus")
record FocusSettings(
        @DefaultValue("5") int horizonDays,
        @DefaultValue("25") int unripeProbability,
        @DefaultValue("60") int unripeDaysToClose,
        @DefaultValue("0.3") double unripeFactor,
        @DefaultValue("10000") BigDecimal standaloneValue,
        @DefaultValue("1000") int maxDeals,
        @DefaultValue("15m") Duration ruleInterval,
        @DefaultValue("16") int cachedLists,
        @DefaultValue("60s") Duration cachedFor) {}
