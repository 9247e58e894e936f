package io.closewright.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.closewright.identity.Role;
import io.closewright.identity.Viewer;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.TestClock;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An import survives its worker: batches commit whole with the job's progress, a worker that dies
 * leaves a lease that runs out, and the stalled-job sweep continues from the last committed batch. A
 * second worker that read the job before a batch was written cannot write that batch again.
 */
@IntegrationTest
class ResumableImportIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ImportManagement imports;

    @Autowired
    ImportWorker worker;

    @Autowired
    ImportBatches batches;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportJobMappings mappings;

    @Autowired
    ImportAnalyst analyst;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    Fixtures.Team team;
    Viewer admin;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
        admin = new Viewer(team.admin().id(), team.workspace().id(), Role.ADMIN);
    }

    @Test
    void aWorkerThatDiesAfterOneBatchIsResumedFromTheNextBatch() {
        long id = imports.queue(admin, maven());

        assertThat(worker.run(id, 1)).isFalse();
        assertThat(job(id).processed()).isEqualTo(500);
        assertThat(job(id).status()).isEqualTo("RUNNING");
        assertThat(count("SELECT COUNT(*) FROM opportunity WHERE workspace_id = ?"))
                .isEqualTo(500);
        assertThat(worker.run(id)).as("the dead worker's lease still holds").isFalse();

        jdbc.sql("UPDATE import_job SET lease_until = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant().minusSeconds(1)), id)
                .update();
        worker.resumeStalled();

        ImportJobView done = waitUntilFinished(id);
        assertThat(done.status()).isEqualTo("DONE");
        assertThat(done.processed()).isEqualTo(8800);
        assertThat(done.created()).isEqualTo(8800);
        assertThat(count("SELECT COUNT(*) FROM opportunity WHERE workspace_id = ?"))
                .isEqualTo(8800);
        assertThat(count("SELECT COUNT(*) FROM import_record WHERE workspace_id = ? AND kind = 'OPPORTUNITY'"))
                .isEqualTo(8800);
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM import_job_file f JOIN import_job j ON j.id = f.job_id WHERE j.workspace_id = ?"))
                .as("the stored files are dropped once the job is done")
                .isZero();
    }

    @Test
    void aSecondWorkerCannotWriteABatchTheFirstOneWrote() {
        long id = imports.queue(admin, maven());
        ImportJobs.Job before = jobs.job(id).orElseThrow();
        worker.run(id, 1);
        ParsedImport parsed =
                analyst.analyse(admin, jobs.request(before, null, null)).parsed();
        Map<String, Long> owners = new HashMap<>();
        mappings.of(id, "OWNER").forEach((source, user) -> owners.put(source, Long.valueOf(user)));

        assertThatThrownBy(() -> batches.write(before, admin, parsed, owners, 0, 500))
                .isInstanceOf(ImportBatches.LostRace.class);

        assertThat(job(id).processed()).isEqualTo(500);
        assertThat(count("SELECT COUNT(*) FROM opportunity WHERE workspace_id = ?"))
                .isEqualTo(500);
    }

    private ImportRequest maven() {
        Map<String, byte[]> files = Uploads.maven("sales_pipeline.csv");
        return new ImportRequest(
                Preset.MAVEN,
                null,
                "sales_pipeline.csv",
                files.get("file"),
                files.get("products"),
                files.get("teams"),
                files.get("accounts"),
                Map.of(),
                Map.of(),
                Map.of());
    }

    private ImportJobView job(long id) {
        return imports.job(admin, id);
    }

    private ImportJobView waitUntilFinished(long id) {
        for (int i = 0; i < 1200; i++) {
            ImportJobView job = job(id);
            if (job.finished()) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Import " + id + " did not finish");
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(team.workspace().id()).query(Long.class).single();
    }
}
