package io.closewright.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A running import job's lease and progress: a worker claims the job until its lease runs out, moves
 * it on batch by batch (only from where it found it, so two workers never write a batch twice),
 * records the bad rows and finishes it. Jobs whose worker stopped are found again by
 * {@link #stalled}.
 */
@Component
class ImportJobProgress {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ImportJobFiles files;

    ImportJobProgress(JdbcClient jdbc, JdbcTemplate template, ImportJobFiles files) {
        this.jdbc = jdbc;
        this.template = template;
        this.files = files;
    }

    /** Takes the job for this worker until {@code until}, unless another worker holds it; true when taken. */
    boolean claim(long jobId, Instant now, Instant until) {
        return jdbc.sql("UPDATE import_job SET lease_until = ?, status = 'RUNNING' WHERE id = ?"
                                + " AND status IN ('QUEUED', 'RUNNING') AND (lease_until IS NULL OR lease_until < ?)")
                        .params(Timestamp.from(until), jobId, Timestamp.from(now))
                        .update()
                == 1;
    }

    /**
     * Records a batch done, if the job still stands at {@code from} rows: false when another worker
     * got there first (the caller then rolls its batch back).
     */
    boolean advance(long jobId, int from, int to, int created, int updated, int skipped, int errors, Instant until) {
        return jdbc.sql("UPDATE import_job SET processed_rows = ?, created_count = created_count + ?,"
                                + " updated_count = updated_count + ?, skipped_count = skipped_count + ?,"
                                + " error_count = error_count + ?, lease_until = ? WHERE id = ? AND processed_rows = ?")
                        .params(to, created, updated, skipped, errors, Timestamp.from(until), jobId, from)
                        .update()
                == 1;
    }

    /** Stores bad rows with their line and reason (cut to 500 characters), in one batch. */
    void saveErrors(long jobId, List<RowError> errors) {
        template.batchUpdate(
                "INSERT INTO import_error (job_id, line_no, message) VALUES (?, ?, ?)",
                errors,
                Math.max(1, errors.size()),
                (ps, e) -> {
                    ps.setLong(1, jobId);
                    ps.setInt(2, e.row());
                    ps.setString(3, e.message().length() > 500 ? e.message().substring(0, 500) : e.message());
                });
    }

    /** Ends the job as {@code DONE} or {@code FAILED} (with the reason) and forgets its files. */
    void finish(long jobId, String status, String message, Instant now) {
        jdbc.sql("UPDATE import_job SET status = ?, message = ?, lease_until = NULL, finished_at = ? WHERE id = ?")
                .params(status, message, Timestamp.from(now), jobId)
                .update();
        files.delete(jobId);
    }

    /**
     * Jobs whose worker stopped renewing its lease (it crashed or was stopped), and jobs queued before
     * {@code queuedBefore} that no worker ever took (their instance died before starting them).
     */
    List<Long> stalled(Instant now, Instant queuedBefore) {
        return jdbc.sql("SELECT id FROM import_job WHERE (status = 'RUNNING' AND lease_until < ?)"
                        + " OR (status = 'QUEUED' AND lease_until IS NULL AND created_at < ?) ORDER BY id")
                .params(Timestamp.from(now), Timestamp.from(queuedBefore))
                .query(Long.class)
                .list();
    }
}
