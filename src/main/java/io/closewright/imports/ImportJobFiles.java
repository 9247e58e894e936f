package io.closewright.imports;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The uploaded files of an import job (the main file and its companions, by part name), kept until the
 * job is done so that any worker can resume it after a crash.
 */
@Component
class ImportJobFiles {

    private final JdbcClient jdbc;

    ImportJobFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores one part of the upload; a missing part (null) is not stored. */
    void save(long jobId, String part, byte[] content) {
        if (content != null) {
            jdbc.sql("INSERT INTO import_job_file (job_id, part, content) VALUES (?, ?, ?)")
                    .params(jobId, part, content)
                    .update();
        }
    }

    /** Every stored part of the job's upload, by part name. */
    Map<String, byte[]> of(long jobId) {
        Map<String, byte[]> files = new HashMap<>();
        jdbc.sql("SELECT part, content FROM import_job_file WHERE job_id = ?")
                .param(jobId)
                .query((rs, n) -> files.put(rs.getString(1), rs.getBytes(2)))
                .list();
        return files;
    }

    /** Forgets the job's files once nothing needs them again. */
    void delete(long jobId) {
        jdbc.sql("DELETE FROM import_job_file WHERE job_id = ?").param(jobId).update();
    }
}
