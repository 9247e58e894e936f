package io.closewright.nurture;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code closewright.nurture}.
 *
 * @param sendInterval how often the drip job looks for emails that are due
 * @param sendTime the time of day (workspace time) from which a day's drip emails go out
 * @param maxAttempts how many times an email is tried before it is marked failed
 * @param retryDelay the wait after a failed attempt, multiplied by the number of attempts so far
 * @param claimTimeout after how long an email claimed by an instance that never finished is tried again
 * @param batchSize how many due emails one run of the job claims at most
 * @param publicUrl the address of this application as recipients reach it, for unsubscribe links
 * @param from the sender of drip emails; replies go to the deal's owner
 */
@ConfigurationProperties("closewright.nurture")
record NurtureSettings(
        @DefaultValue("1m") Duration sendInterval,
        @DefaultValue("09:00") LocalTime sendTime,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("15m") Duration retryDelay,
        @DefaultValue("10m") Duration claimTimeout,
        @DefaultValue("100") int batchSize,
        @DefaultValue("http://localhost:8080") String publicUrl,

        @DefaultValue("Closewright <no-reply@closewright.local>")
        String from) {}
