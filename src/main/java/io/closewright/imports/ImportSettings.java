package io.closewright.imports;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code closewright.imports}: the largest file accepted, the most rows per file, rows
 * per batch (each batch commits whole), how long a worker's claim on a job lasts before another
 * instance may resume it, how often stalled jobs are looked for, the days an open deal without a close
 * date is expected to take (the Maven sample's median cycle), and the mail domain for users an import
 * creates (they sign in once an admin gives them a real email and password).
 */
@ConfigurationProperties("closewright.imports")
record ImportSettings(
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("200000") int maxRows,
        @DefaultValue("500") int batchSize,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("30s") Duration resumeInterval,
        @DefaultValue("45") int cycleDays,
        @DefaultValue("imported.invalid") String userEmailDomain) {}
