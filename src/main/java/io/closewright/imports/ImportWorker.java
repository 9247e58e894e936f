package io.closewright.imports;

import io.closewright.identity.Role;
import io.closewright.identity.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes queued imports in batches. A worker first claims the job (a lease it renews with every
 * batch); each batch commits whole together with the job's progress, and only if the job still stands
 * where this worker found it, so two workers never write a batch twice. When a worker dies its lease
 * runs out and the stalled-job sweep (any instance) continues from the last committed batch.
 */
@Component
class ImportWorker {

    private static final Logger LOG = LoggerFactory.getLogger(ImportWorker.class);

    private final ImportJobs jobs;
    private final ImportJobMappings mappings;
    private final ImportJobProgress progress;
    private final ImportAnalyst analyst;
    private final ImportBatches batches;
    private final ImportSettings settings;
    private final Clock clock;

    ImportWorker(
            ImportJobs jobs,
            ImportJobMappings mappings,
            ImportJobProgress progress,
            ImportAnalyst analyst,
            ImportBatches batches,
            ImportSettings settings,
            Clock clock) {
        this.jobs = jobs;
        this.mappings = mappings;
        this.progress = progress;
        this.analyst = analyst;
        this.batches = batches;
        this.settings = settings;
        this.clock = clock;
    }

    /** Writes the whole job unless another worker holds it; true when the job is done. */
    boolean run(long jobId) {
        return run(jobId, Integer.MAX_VALUE);
    }

    /** Writes at most {@code maxBatches} batches of the job; true when the job is done. */
    boolean run(long jobId, int maxBatches) {
        Instant now = clock.instant();
        if (!progress.claim(jobId, now, now.plus(settings.lease()))) {
            return false;
        }
        ImportJobs.Job job = jobs.job(jobId).orElseThrow();
        try {
            return write(job, maxBatches);
        } catch (ImportBatches.LostRace e) {
            LOG.info("Import {} is being written by another worker", jobId);
            return false;
        } catch (RuntimeException e) {
            LOG.warn("Import {} failed", jobId, e);
            progress.finish(
                    jobId,
                    "FAILED",
                    "The import stopped: " + reason(e)
                            + ". The rows before were imported; import the same file again to continue.",
                    clock.instant());
            return false;
        }
    }

    /**
     * Resumes every job whose worker stopped renewing its lease, or that was queued a lease ago and
     * never taken; answers how many finished.
     */
    int resumeStalled() {
        jobs.dropDrafts(clock.instant().minus(java.time.Duration.ofDays(1)));
        int finished = 0;
        Instant now = clock.instant();
        for (long id : progress.stalled(now, now.minus(settings.lease()))) {
            finished += run(id) ? 1 : 0;
        }
        return finished;
    }

    private boolean write(ImportJobs.Job job, int maxBatches) {
        Viewer importer = new Viewer(job.createdBy(), job.workspaceId(), Role.ADMIN);
        ImportAnalysis analysis = analyst.analyse(importer, jobs.request(job, null, null));
        ParsedImport parsed = analysis.parsed();
        if (parsed.rows() != job.rows()) {
            throw new IllegalStateException("the stored file no longer reads as " + job.rows() + " rows");
        }
        Map<String, Long> owners = new HashMap<>();
        mappings.of(job.id(), "OWNER").forEach((source, id) -> owners.put(source, Long.valueOf(id)));
        int from = job.processed();
        LOG.info("Import {} writing rows {} to {}", job.id(), from, parsed.rows());
        for (int done = 0; from < parsed.rows() && done < maxBatches; done++) {
            int to = Math.min(parsed.rows(), from + settings.batchSize());
            batches.write(job, importer, parsed, owners, from, to);
            from = to;
        }
        if (from < parsed.rows()) {
            return false;
        }
        progress.finish(job.id(), "DONE", null, clock.instant());
        LOG.info("Import {} done: {} rows", job.id(), parsed.rows());
        return true;
    }

    private static String reason(RuntimeException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.length() > 300 ? m.substring(0, 300) : m;
    }
}
