package io.closewright.forecast;

import java.time.DayOfWeek;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code closewright.forecast}.
 *
 * @param trials simulation trials per forecast
 * @param seed the simulation's seed: the same deals give the same band every time
 * @param minClosedDeals closed deals needed before win probabilities come from history instead of stages
 * @param priorWeight how many pseudo-deals of the stage probability a stage's history is blended with
 * @param historyDays how far back closed deals count for calibration and slips
 * @param healthLookbackDays the window of closed deals for win rate, cycle and deal size
 * @param uncertainDeals how many of the most uncertain deals a forecast lists
 * @param snapshotDay the weekday of the weekly snapshots (workspace time)
 * @param snapshotInterval how often the snapshot job looks whether this week's snapshots are due
 */
@ConfigurationProperties("closewright.forecast")
record ForecastSettings(
        @DefaultValue("10000") int trials,
        @DefaultValue("20261202") long seed,
        @DefaultValue("20") int minClosedDeals,
        @DefaultValue("5") double priorWeight,
        @DefaultValue("730") int historyDays,
        @DefaultValue("180") int healthLookbackDays,
        @DefaultValue("5") int uncertainDeals,
        @DefaultValue("MONDAY") DayOfWeek snapshotDay,
        @DefaultValue("1h") Duration snapshotInterval) {}
