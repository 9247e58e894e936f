package io.closewright.imports;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An import as it runs: {@code status} QUEUED, RUNNING, DONE or FAILED; {@code processed} of
 * {@code rows} rows done so far (the progress), and of those how many were created, updated or skipped;
 * the first bad rows with their line and reason ({@code errorCount} counts them all).
 */
public record ImportJobView(
        long id,
        String preset,
        String source,
        @Nullable String fileName,
        String status,
        int rows,
        int processed,
        int created,
        int updated,
        int skipped,
        int errorCount,
        List<RowError> errors,
        @Nullable String message,
        Instant createdAt,
        @Nullable Instant finishedAt) {

    /** Progress in percent, 0 to 100. */
    public int percent() {
        return rows == 0 ? 100 : (int) Math.floor(processed * 100.0 / rows);
    }

    public boolean finished() {
        return "DONE".equals(status) || "FAILED".equals(status);
    }
}
