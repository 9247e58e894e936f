package io.closewright.imports;

import io.closewright.identity.Viewer;
import io.closewright.shared.ForbiddenException;
import io.closewright.shared.NotFoundException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports for admins: a dry run that writes nothing and shows what an import would do, and the import
 * itself, queued as a job that a worker writes in batches (each batch commits whole) and that another
 * worker resumes if this one dies. Importing the same file again creates nothing new.
 */
@Service
class ImportManagement {

    private final ImportAnalyst analyst;
    private final ImportPreviews previews;
    private final ImportOwners owners;
    private final ImportJobs jobs;
    private final ImportWorker worker;
    private final TransactionTemplate tx;
    private final TaskExecutor executor;
    private final Clock clock;

    ImportManagement(
            ImportAnalyst analyst,
            ImportPreviews previews,
            ImportOwners owners,
            ImportJobs jobs,
            ImportWorker worker,
            TransactionTemplate tx,
            TaskExecutor executor,
            Clock clock) {
        this.analyst = analyst;
        this.previews = previews;
        this.owners = owners;
        this.jobs = jobs;
        this.worker = worker;
        this.tx = tx;
        this.executor = executor;
        this.clock = clock;
    }

    /** What importing the request would do, without writing anything. */
    ImportPreview preview(Viewer viewer, ImportRequest request) {
        requireAdmin(viewer);
        return previews.of(analyst.analyse(viewer, request));
    }

    /** Queues the import and starts writing it in the background; answers the job with its progress. */
    ImportJobView start(Viewer viewer, ImportRequest request) {
        long id = queue(viewer, request);
        executor.execute(() -> worker.run(id));
        return job(viewer, id);
    }

    /**
     * Creates the missing owners and stores the job with its files and mappings, without starting it;
     * a worker (this instance's, or any instance's stalled-job sweep) writes it.
     */
    long queue(Viewer viewer, ImportRequest request) {
        requireAdmin(viewer);
        ImportAnalysis analysis = analyst.analyse(viewer, request);
        Map<String, Long> ownerIds = owners.resolve(viewer, analysis.owners());
        Map<String, String> owners = new LinkedHashMap<>();
        ownerIds.forEach((source, userId) -> owners.put(source, String.valueOf(userId)));
        Map<String, String> stages = new LinkedHashMap<>();
        analysis.stages().stream().filter(s -> s.stage() != null).forEach(s -> stages.put(s.source(), s.stage()));
        Map<String, String> columns = new LinkedHashMap<>();
        for (DealField field : DealField.values()) {
            if (analysis.parsed().columns().has(field)) {
                columns.put(field.name(), analysis.parsed().columns().header(field));
            }
        }
        return tx.execute(s -> {
            long id = jobs.create(
                    viewer.workspaceId(),
                    viewer.userId(),
                    request,
                    analysis.parsed().rows(),
                    clock.instant());
            jobs.saveMapping(id, "OWNER", owners);
            jobs.saveMapping(id, "STAGE", stages);
            jobs.saveMapping(id, "COLUMN", columns);
            return id;
        });
    }

    /** One import job of the viewer's workspace; 404 for another workspace's. */
    ImportJobView job(Viewer viewer, long id) {
        requireAdmin(viewer);
        return jobs.view(viewer.workspaceId(), id).orElseThrow(() -> new NotFoundException("Import", id));
    }

    /** The workspace's latest imports, newest first. */
    List<ImportJobView> jobs(Viewer viewer) {
        requireAdmin(viewer);
        return jobs.recent(viewer.workspaceId(), 20);
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new ForbiddenException("Only admins import data");
        }
    }
}
