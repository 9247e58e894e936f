package io.closewright.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the pages and the API show of import jobs: one job with its first bad rows, and a workspace's
 * latest jobs (drafts left out). Every read is limited to the viewer's workspace in the SQL.
 */
@Component
class ImportJobViews {

    /** Bad rows shown with a job or a dry run; the count covers them all. */
    static final int SHOWN_ERRORS = 200;

    private final JdbcClient jdbc;

    ImportJobViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One job of the workspace with its first {@link #SHOWN_ERRORS} bad rows, by line. */
    Optional<ImportJobView> view(long workspaceId, long jobId) {
        List<RowError> errors = jdbc.sql("SELECT e.line_no, e.message FROM import_error e"
                        + " JOIN import_job j ON j.id = e.job_id WHERE e.job_id = ? AND j.workspace_id = ?"
                        + " ORDER BY e.line_no LIMIT " + SHOWN_ERRORS)
                .params(jobId, workspaceId)
                .query((rs, n) -> new RowError(rs.getInt(1), rs.getString(2)))
                .list();
        return jdbc.sql("SELECT * FROM import_job WHERE id = ? AND workspace_id = ?")
                .params(jobId, workspaceId)
                .query((rs, n) -> view(rs, errors))
                .optional();
    }

    /** The workspace's latest {@code limit} jobs, newest first, without drafts and without their bad rows. */
    List<ImportJobView> recent(long workspaceId, int limit) {
        return jdbc.sql("SELECT * FROM import_job WHERE workspace_id = ? AND status <> 'DRAFT'"
                        + " ORDER BY created_at DESC, id DESC LIMIT ?")
                .params(workspaceId, limit)
                .query((rs, n) -> view(rs, List.of()))
                .list();
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
