package io.closewright.imports;

import io.closewright.identity.Viewer;
import io.closewright.shared.ForbiddenException;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.StateConflictException;
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
    private final ImportJobMappings mappings;
    private final ImportJobViews views;
    private final ImportWorker worker;
    private final TransactionTemplate tx;
    private final TaskExecutor executor;
    private final Clock clock;

    ImportManagement(
            ImportAnalyst analyst,
            ImportPreviews previews,
            ImportOwners owners,
            ImportJobs jobs,
            ImportJobMappings mappings,
            ImportJobViews views,
            ImportWorker worker,
            TransactionTemplate tx,
            TaskExecutor executor,
            Clock clock) {
        this.analyst = analyst;
        this.previews = previews;
        this.owners = owners;
        this.jobs = jobs;
        this.mappings = mappings;
        this.views = views;
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
        return tx.execute(s -> {
            long id = jobs.create(
                    viewer.workspaceId(),
                    viewer.userId(),
                    request,
                    "QUEUED",
                    analysis.parsed().rows(),
                    clock.instant());
            saveMappings(id, analysis, ownerIds);
            return id;
        });
    }

    /** A stored upload and its dry run, for the page to show and the user to confirm. */
    record Draft(long id, ImportPreview preview) {}

    /** Stores the upload as a draft (nothing imported) and answers its dry run. */
    Draft draft(Viewer viewer, ImportRequest request) {
        requireAdmin(viewer);
        ImportAnalysis analysis = analyst.analyse(viewer, request);
        long id = tx.execute(s -> {
            long created = jobs.create(viewer.workspaceId(), viewer.userId(), request, "DRAFT", 0, clock.instant());
            mappings.save(created, "COLUMN", columns(analysis));
            return created;
        });
        return new Draft(id, previews.of(analysis));
    }

    /** The dry run of a draft with other stage, owner and column choices. */
    ImportPreview previewDraft(Viewer viewer, long id, Choices choices) {
        return previews.of(analyst.analyse(viewer, draftRequest(viewer, id, choices)));
    }

    /** Starts a draft with the user's choices; 409 when it was started already. */
    ImportJobView startDraft(Viewer viewer, long id, Choices choices) {
        ImportRequest request = draftRequest(viewer, id, choices);
        ImportAnalysis analysis = analyst.analyse(viewer, request);
        Map<String, Long> ownerIds = owners.resolve(viewer, analysis.owners());
        tx.executeWithoutResult(s -> {
            if (!jobs.queueDraft(id, analysis.parsed().rows())) {
                throw new StateConflictException("This import was started already");
            }
            mappings.clear(id);
            saveMappings(id, analysis, ownerIds);
        });
        executor.execute(() -> worker.run(id));
        return job(viewer, id);
    }

    /** The user's choices on the dry-run page: stage, owner and column mappings. */
    record Choices(Map<String, String> stageMap, Map<String, String> ownerMap, Map<DealField, String> columns) {}

    private ImportRequest draftRequest(Viewer viewer, long id, Choices choices) {
        requireAdmin(viewer);
        ImportJobs.Job job = jobs.job(viewer.workspaceId(), id)
                .filter(j -> "DRAFT".equals(j.status()))
                .orElseThrow(() -> new NotFoundException("Import draft", id));
        ImportRequest stored =
                jobs.request(job, choices.stageMap(), choices.columns().isEmpty() ? null : choices.columns());
        return new ImportRequest(
                stored.preset(),
                stored.source(),
                stored.fileName(),
                stored.file(),
                stored.products(),
                stored.teams(),
                stored.accounts(),
                stored.columns(),
                stored.stageMap(),
                choices.ownerMap());
    }

    private void saveMappings(long id, ImportAnalysis analysis, Map<String, Long> ownerIds) {
        Map<String, String> owners = new LinkedHashMap<>();
        ownerIds.forEach((source, userId) -> owners.put(source, String.valueOf(userId)));
        Map<String, String> stages = new LinkedHashMap<>();
        analysis.stages().stream().filter(s -> s.stage() != null).forEach(s -> stages.put(s.source(), s.stage()));
        mappings.save(id, "OWNER", owners);
        mappings.save(id, "STAGE", stages);
        mappings.save(id, "COLUMN", columns(analysis));
    }

    private static Map<String, String> columns(ImportAnalysis analysis) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (DealField field : DealField.values()) {
            if (analysis.parsed().columns().has(field)) {
                columns.put(field.name(), analysis.parsed().columns().header(field));
            }
        }
        return columns;
    }

    /** One import job of the viewer's workspace; 404 for another workspace's. */
    ImportJobView job(Viewer viewer, long id) {
        requireAdmin(viewer);
        return views.view(viewer.workspaceId(), id).orElseThrow(() -> new NotFoundException("Import", id));
    }

    /** The workspace's latest imports, newest first. */
    List<ImportJobView> jobs(Viewer viewer) {
        requireAdmin(viewer);
        return views.recent(viewer.workspaceId(), 20);
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new ForbiddenException("Only admins import data");
        }
    }
}
