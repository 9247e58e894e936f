package io.closewright.shared.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code closewright.jobs}: whether this instance runs background jobs, whether it starts
 * polling by itself once ready (off in tests, which run jobs directly), how often it looks for due jobs,
 * and how many it runs at once.
 */
@ConfigurationProperties("closewright.jobs")
record JobSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("true") boolean autoStart,
        @DefaultValue("10s") Duration pollingInterval,
        @DefaultValue("2") int threads) {}
