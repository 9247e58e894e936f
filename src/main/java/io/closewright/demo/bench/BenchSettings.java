package io.closewright.demo.bench;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code closewright.bench}: how many deals the benchmark workspace gets on an empty
 * database at start-up (0, the default, makes none), the seed that makes it reproducible, the password
 * of its documented logins and the domain of their emails.
 */
@ConfigurationProperties("closewright.bench")
record BenchSettings(
        @DefaultValue("0") int deals,
        @DefaultValue("20261202") long seed,
        @DefaultValue("closewright-bench") String password,
        @DefaultValue("bench.closewright.io") String domain,
        @DefaultValue("false") boolean exit) {}
