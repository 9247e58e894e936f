package io.closewright.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code closewright.identity}: how long API tokens live and how many failed logins
 * an account or an address may make within the window before it is throttled, and the bcrypt cost.
 */
@ConfigurationProperties("closewright.identity")
record IdentitySettings(
        @DefaultValue("30d") Duration tokenTtl,
        @DefaultValue("5") int loginFailuresPerAccount,
        @DefaultValue("20") int loginFailuresPerAddress,
        @DefaultValue("15m") Duration loginFailureWindow,
        @DefaultValue("10") int passwordHashStrength) {}
