package io.closewright.activity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code closewright.activity}: how far ahead calls and meetings may be scheduled, and
 * how many hits of each kind (deals, accounts, contacts) the search box shows.
 */
@ConfigurationProperties("closewright.activity")
record ActivitySettings(
        @DefaultValue("365d") Duration scheduleAhead,
        @DefaultValue("8") int searchHitsPerKind) {}
