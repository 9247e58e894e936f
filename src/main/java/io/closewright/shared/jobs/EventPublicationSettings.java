package io.closewright.shared.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code closewright.events}, for the housekeeping of Spring Modulith's event publication
 * registry.
 *
 * @param completedRetention completed publications older than this (by their completion) are deleted
 * @param incompleteWarnAfter an incomplete publication older than this (by its publication) is logged as
 *     stuck; it is resubmitted on the next restart ({@code republish-outstanding-events-on-restart})
 * @param housekeepingInterval how often the housekeeping runs
 */
@ConfigurationProperties("closewright.events")
record EventPublicationSettings(
        @DefaultValue("7d") Duration completedRetention,
        @DefaultValue("1h") Duration incompleteWarnAfter,
        @DefaultValue("1h") Duration housekeepingInterval) {}
