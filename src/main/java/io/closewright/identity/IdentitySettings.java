package io.closewright.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code closewright.identity}: how long API tokens live; how sign-in failures are
 * throttled per (account, address) pair (free failures in a row, the first delay after them, the
 * longest delay, and how long a pair's failures are remembered); the bcrypt cost;
 * and the SHA-256 (hex) of the token a metrics scraper sends to {@code /actuator/prometheus} (empty: admins' API
 * tokens only); how long the principal behind an API token may be served from memory ({@code 0s}: never); how
 * often a signed-in browser's last access is written to its session when nothing else about it changed
 * ({@code 0s}: on every request).
 */
@ConfigurationProperties("closewright.identity")
record IdentitySettings(
        @DefaultValue("30d") Duration tokenTtl,
        @DefaultValue("5") int loginFreeFailures,
        @DefaultValue("30s") Duration loginFirstDelay,
        @DefaultValue("15m") Duration loginMaxDelay,
        @DefaultValue("15m") Duration loginFailureWindow,
        @DefaultValue("10") int passwordHashStrength,
        @DefaultValue("") String metricsTokenSha256,
        @DefaultValue("10s") Duration tokenCacheTtl,
        @DefaultValue("1m") Duration sessionAccessWrites) {

    LoginDelays loginDelays() {
        return new LoginDelays(loginFreeFailures, loginFirstDelay, loginMaxDelay);
    }
}
