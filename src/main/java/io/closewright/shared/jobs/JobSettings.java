package io.closewright.shared.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code closewright.jobs}: whether this instance runs background jobs, how often it
 * looks for due jobs, and how many it runs at once.
 */
@ConfigurationProperties("closewright.jobs")
record JobSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10s") Duration pollingInterval,
        @DefaultValue("2") int threads) {}
