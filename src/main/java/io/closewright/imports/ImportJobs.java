package io.closewright.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Import jobs in the database: storing one with its files (as a draft awaiting the user's choices, or
 * queued), turning a draft into a queued job, reading a job back and the request it was stored with.
 * Its files live in {@link ImportJobFiles}, its choices in {@link ImportJobMappings}, its lease and
 * progress in {@link ImportJobProgress}, and what pages show of it in {@link ImportJobViews}.
 */
@Component
class ImportJobs {

    private final JdbcClient jdbc;
    private final ImportJobFiles files;
    private final ImportJobMappings mappings;

    ImportJobs(JdbcClient jdbc, ImportJobFiles files, ImportJobMappings mappings) {
        this.jdbc = jdbc;
        this.files = files;
        this.mappings = mappings;
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

    /** Stores a job with {@code status} (QUEUED, or DRAFT for an upload still being checked) and its files. */
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
        files.save(id, "file", request.file());
        files.save(id, "products", request.products());
        files.save(id, "teams", request.teams());
        files.save(id, "accounts", request.accounts());
        return id;
    }

    private static String fileName(ImportRequest request) {
        String name = request.fileName();
        return name == null ? null : name.length() > 200 ? name.substring(0, 200) : name;
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
     * {@code stageMap} and {@code columns}, when given, replace the stored ones.
     */
    ImportRequest request(Job job, Map<String, String> stageMap, Map<DealField, String> columns) {
        Map<String, byte[]> stored = files.of(job.id());
        Map<DealField, String> storedColumns = new EnumMap<>(DealField.class);
        mappings.of(job.id(), "COLUMN").forEach((field, header) -> storedColumns.put(DealField.valueOf(field), header));
        return new ImportRequest(
                job.preset(),
                job.source(),
                job.fileName(),
                stored.getOrDefault("file", new byte[0]),
                stored.get("products"),
                stored.get("teams"),
                stored.get("accounts"),
                columns == null ? storedColumns : columns,
                stageMap == null ? mappings.of(job.id(), "STAGE") : stageMap,
                Map.of());
    }

    /** The job if it belongs to the workspace. */
    Optional<Job> job(long workspaceId, long jobId) {
        return jdbc.sql("SELECT * FROM import_job WHERE id = ? AND workspace_id = ?")
                .params(jobId, workspaceId)
                .query(ImportJobs::job)
                .optional();
    }

    /** The job, whichever workspace it belongs to: for workers. */
    Optional<Job> job(long jobId) {
        return jdbc.sql("SELECT * FROM import_job WHERE id = ?")
                .param(jobId)
                .query(ImportJobs::job)
                .optional();
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
}
