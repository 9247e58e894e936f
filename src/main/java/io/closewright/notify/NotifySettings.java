package io.closewright.notify;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code closewright.notify}.
 *
 * @param baseUrl the address users reach the application at, for links in emails and webhooks
 * @param mailFrom the sender of notification emails
 * @param deliveryInterval how often the delivery task looks for due emails and webhooks
 * @param batchSize how many due deliveries one run claims
 * @param maxAttempts after this many failed attempts a delivery is given up
 * @param retryBase the wait after the first failure; each further failure doubles it
 * @param claimTimeout how long a claim holds: a delivery claimed by an instance that died is sent again after it
 * @param webhookTimeout how long a webhook endpoint may take to answer
 * @param webhookAllowedHosts hosts (as written in a webhook's URL) exempt from the webhook address policy:
 *     they may be internal and use plain http (see {@link WebhookAddressPolicy}); empty by default
 */
@ConfigurationProperties("closewright.notify")
record NotifySettings(
        @DefaultValue("http://localhost:8080") String baseUrl,

        @DefaultValue("Closewright <no-reply@closewright.local>")
        String mailFrom,

        @DefaultValue("10s") Duration deliveryInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("1m") Duration retryBase,
        @DefaultValue("5m") Duration claimTimeout,
        @DefaultValue("10s") Duration webhookTimeout,
        @DefaultValue List<String> webhookAllowedHosts) {}
