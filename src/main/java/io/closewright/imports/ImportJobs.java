package io.closewright.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Import jobs in the database: their files, mappings, progress, errors and the lease a worker holds on
 * one while it runs. Everything a worker needs to resume a job after a crash lives here.
 */
@Component
class ImportJobs {

    static final int SHOWN_ERRORS = 200;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportJobs(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A job's stored state, as the worker reads it. */
    record Job(
            long id,
            long workspaceId,
            long createdBy,
            Preset preset,
            String source,
            String fileName,
            String status,
            int rows,
            int processed) {}

    /** Stores a job (status QUEUED, or DRAFT for an upload still being checked) with its files. */
    long create(long workspaceId, long userId, ImportRequest request, String status, int rows, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO import_job (workspace_id, created_by, preset, source, file_name, status, total_rows,"
                        + " processed_rows, created_count, updated_count, skipped_count, error_count, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, ?)")
                .params(
                        workspaceId,
                        userId,
                        request.preset().key(),
                        request.sourceName(),
                        fileName(request),
                        status,
                        rows,
                        Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        saveFile(id, "file", request.file());
        saveFile(id, "products", request.products());
        saveFile(id, "teams", request.teams());
        saveFile(id, "accounts", request.accounts());
        return id;
    }

    private static String fileName(ImportRequest request) {
        String name = request.fileName();
        return name == null ? null : name.length() > 200 ? name.substring(0, 200) : name;
    }

    private void saveFile(long jobId, String part, byte[] content) {
        if (content != null) {
            jdbc.sql("INSERT INTO import_job_file (job_id, part, content) VALUES (?, ?, ?)")
                    .params(jobId, part, content)
                    .update();
        }
    }

    Map<String, byte[]> files(long jobId) {
        Map<String, byte[]> files = new HashMap<>();
        jdbc.sql("SELECT part, content FROM import_job_file WHERE job_id = ?")
                .param(jobId)
                .query((rs, n) -> files.put(rs.getString(1), rs.getBytes(2)))
                .list();
        return files;
    }

    void saveMapping(long jobId, String kind, Map<String, String> mapping) {
        template.batchUpdate(
                "INSERT INTO import_job_mapping (job_id, kind, source_value, target) VALUES (?, ?, ?, ?)",
                List.copyOf(mapping.entrySet()),
                Math.max(1, mapping.size()),
                (ps, e) -> {
                    ps.setLong(1, jobId);
                    ps.setString(2, kind);
                    ps.setString(3, e.getKey());
                    ps.setString(4, e.getValue());
                });
    }

    void clearMappings(long jobId) {
        jdbc.sql("DELETE FROM import_job_mapping WHERE job_id = ?").param(jobId).update();
    }

    /** Turns a draft into a queued job of {@code rows} rows; false when it is no longer a draft. */
    boolean queueDraft(long jobId, int rows) {
        return jdbc.sql("UPDATE import_job SET status = 'QUEUED', total_rows = ? WHERE id = ? AND status = 'DRAFT'")
                        .params(rows, jobId)
                        .update()
                == 1;
    }

    /** Forgets drafts nobody started since {@code before}, with their files. */
    int dropDrafts(Instant before) {
        return jdbc.sql("DELETE FROM import_job WHERE status = 'DRAFT' AND created_at < ?")
                .param(Timestamp.from(before))
                .update();
    }

    /**
     * The request a job was stored with: its files, its column mapping and its stage mapping;
     * {@code stageMap} and {@code ownerMap}, when given, replace the stored ones.
     */
    ImportRequest request(Job job, Map<String, String> stageMap, Map<DealField, String> columns) {
        Map<String, byte[]> files = files(job.id());
        Map<DealField, String> stored = new java.util.EnumMap<>(DealField.class);
        mapping(job.id(), "COLUMN").forEach((field, header) -> stored.put(DealField.valueOf(field), header));
        return new ImportRequest(
                job.preset(),
                job.source(),
                job.fileName(),
                files.getOrDefault("file", new byte[0]),
                files.get("products"),
                files.get("teams"),
                files.get("accounts"),
                columns == null ? stored : columns,
                stageMap == null ? mapping(job.id(), "STAGE") : stageMap,
                Map.of());
    }

    Map<String, String> mapping(long jobId, String kind) {
        Map<String, String> mapping = new HashMap<>();
        jdbc.sql("SELECT source_value, target FROM import_job_mapping WHERE job_id = ? AND kind = ?")
                .params(jobId, kind)
                .query((rs, n) -> mapping.put(rs.getString(1), rs.getString(2)))
                .list();
        return mapping;
    }

    Optional<Job> job(long workspaceId, long jobId) {
        return job(jobId).filter(j -> j.workspaceId() == workspaceId);
    }

    Optional<Job> job(long jobId) {
        return jdbc.sql("SELECT * FROM import_job WHERE id = ?")
                .param(jobId)
                .query(ImportJobs::job)
                .optional();
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

    void finish(long jobId, String status, String message, Instant now) {
        jdbc.sql("UPDATE import_job SET status = ?, message = ?, lease_until = NULL, finished_at = ? WHERE id = ?")
                .params(status, message, Timestamp.from(now), jobId)
                .update();
        jdbc.sql("DELETE FROM import_job_file WHERE job_id = ?").param(jobId).update();
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

    Optional<ImportJobView> view(long workspaceId, long jobId) {
        return jdbc.sql("SELECT * FROM import_job WHERE id = ? AND workspace_id = ?")
                .params(jobId, workspaceId)
                .query((rs, n) -> view(rs, List.of()))
                .optional()
                .map(v -> withErrors(v, errors(jobId)));
    }

    List<ImportJobView> recent(long workspaceId, int limit) {
        return jdbc.sql("SELECT * FROM import_job WHERE workspace_id = ? AND status <> 'DRAFT'"
                        + " ORDER BY created_at DESC, id DESC LIMIT ?")
                .params(workspaceId, limit)
                .query((rs, n) -> view(rs, List.of()))
                .list();
    }

    private List<RowError> errors(long jobId) {
        return jdbc.sql("SELECT line_no, message FROM import_error WHERE job_id = ? ORDER BY line_no LIMIT "
                        + SHOWN_ERRORS)
                .param(jobId)
                .query((rs, n) -> new RowError(rs.getInt(1), rs.getString(2)))
                .list();
    }

    private static ImportJobView withErrors(ImportJobView v, List<RowError> errors) {
        return new ImportJobView(
                v.id(),
                v.preset(),
                v.source(),
                v.fileName(),
                v.status(),
                v.rows(),
                v.processed(),
                v.created(),
                v.updated(),
                v.skipped(),
                v.errorCount(),
                errors,
                v.message(),
                v.createdAt(),
                v.finishedAt());
    }

    private static Job job(ResultSet rs, int n) throws SQLException {
        return new Job(
                rs.getLong("id"),
                rs.getLong("workspace_id"),
                rs.getLong("created_by"),
                Preset.of(rs.getString("preset")).orElseThrow(),
                rs.getString("source"),
                rs.getString("file_name"),
                rs.getString("status"),
                rs.getInt("total_rows"),
                rs.getInt("processed_rows"));
    }

    private static ImportJobView view(ResultSet rs, List<RowError> errors) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJobView(
                rs.getLong("id"),
                rs.getString("preset"),
                rs.getString("source"),
                rs.getString("file_name"),
                rs.getString("status"),
                rs.getInt("total_rows"),
                rs.getInt("processed_rows"),
                rs.getInt("created_count"),
                rs.getInt("updated_count"),
                rs.getInt("skipped_count"),
                rs.getInt("error_count"),
                errors,
                rs.getString("message"),
                rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
