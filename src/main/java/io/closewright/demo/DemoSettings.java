package io.closewright.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code closewright.demo}: whether to fill an empty database with the demo workspace,
 * the password every demo user signs in with, and the seed that makes the data reproducible.
 */
@ConfigurationProperties("closewright.demo")
record DemoSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("closewright-demo") String password,
        @DefaultValue("42") long seed) {}
