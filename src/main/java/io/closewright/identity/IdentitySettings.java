package io.closewright.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code closewright.identity}: how long API tokens live; how sign-in failures are
 * throttled per (account, address) pair (free failures in a row, the first delay after them, the
 * longest delay, and how long a pair's failures are remembered); and the bcrypt cost.
 */
@ConfigurationProperties("closewright.identity")
record IdentitySettings(
        @DefaultValue("30d") Duration tokenTtl,
        @DefaultValue("5") int loginFreeFailures,
        @DefaultValue("30s") Duration loginFirstDelay,
        @DefaultValue("15m") Duration loginMaxDelay,
        @DefaultValue("15m") Duration loginFailureWindow,
        @DefaultValue("10") int passwordHashStrength) {

    LoginDelays loginDelays() {
        return new LoginDelays(loginFreeFailures, loginFirstDelay, loginMaxDelay);
    }
}
