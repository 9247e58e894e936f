package io.closewright.risk;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code closewright.risk}.
 *
 * @param checkupGapDays working days without a held checkup after which a deal with open steps signals
 *     {@code NO_RECENT_CHECKUP}
 * @param pushLimit close-date pushes from which a deal signals {@code CLOSE_DATE_PUSHED}
 * @param forecastPeriod whether a deal's forecast period is the month or the quarter of its close date
 * @param recomputeInterval how often the risk of every open deal is recomputed (and slip alerts found)
 * @param recomputeWorkers how many chunks of a whole-workspace recompute are assessed at once, each in its own
 *     transaction on its own connection (1 assesses them one after another)
 * @param digestDay the day of the week managers get the team's risk digest
 * @param digestTime from what time of that day (workspace time) the digest goes out
 * @param digestInterval how often the digest job looks whether it is time
 */
@ConfigurationProperties("closewright.risk")
record RiskSettings(
        @DefaultValue("10") int checkupGapDays,
        @DefaultValue("2") int pushLimit,
        @DefaultValue("QUARTER") ForecastPeriod.Kind forecastPeriod,
        @DefaultValue("1h") Duration recomputeInterval,
        @DefaultValue("2") int recomputeWorkers,
        @DefaultValue("MONDAY") DayOfWeek digestDay,
        @DefaultValue("07:00") LocalTime digestTime,
        @DefaultValue("15m") Duration digestInterval) {}
