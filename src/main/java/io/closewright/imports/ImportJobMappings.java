package io.closewright.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The choices an import job was started with, by kind: {@code COLUMN} (field to header), {@code STAGE}
 * (source stage to stage key) and {@code OWNER} (source owner to user id). A resumed job reads them
 * back, so it writes what the dry run showed.
 */
@Component
class ImportJobMappings {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportJobMappings(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Adds the mapping's pairs of one kind, in one batch. */
    void save(long jobId, String kind, Map<String, String> mapping) {
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

    /** Forgets every mapping of the job (before a draft is started with new choices). */
    void clear(long jobId) {
        jdbc.sql("DELETE FROM import_job_mapping WHERE job_id = ?").param(jobId).update();
    }

    /** The job's mapping of one kind, source value to target. */
    Map<String, String> of(long jobId, String kind) {
        Map<String, String> mapping = new HashMap<>();
        jdbc.sql("SELECT source_value, target FROM import_job_mapping WHERE job_id = ? AND kind = ?")
                .params(jobId, kind)
                .query((rs, n) -> mapping.put(rs.getString(1), rs.getString(2)))
                .list();
        return mapping;
    }
}
