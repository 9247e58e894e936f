package io.closewright.opportunity;

import io.closewright.identity.WorkspaceCreated;
import io.closewright.shared.FieldProblem;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.Versions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stages of each workspace: the defaults every new workspace starts with, and the admin's
 * renames, probability changes and reordering. Keys never change, so history stays readable.
 */
@Component
class PipelineStages {

    private final Stages stages;
    private final JdbcClient jdbc;

    PipelineStages(Stages stages, JdbcClient jdbc) {
        this.stages = stages;
        this.jdbc = jdbc;
    }

    @EventListener
    void addDefaults(WorkspaceCreated event) {
        long ws = event.workspaceId();
        stages.saveAll(List.of(
                Stage.of(ws, "qualify", "Qualify", 10, 1, false, false, 21),
                Stage.of(ws, "discover", "Discover", 20, 2, false, false, 14),
                Stage.of(ws, "validate", "Validate", 40, 3, false, false, 14),
                Stage.of(ws, "propose", "Propose", 60, 4, false, false, 10),
                Stage.of(ws, "negotiate", "Negotiate", 80, 5, false, false, 7),
                Stage.of(ws, "won", "Closed won", 100, 6, true, true, 0),
                Stage.of(ws, "lost", "Closed lost", 0, 7, true, false, 0)));
    }

    /**
     * The workspace's stages in their order, read with one plain statement: every page reads them, and a
     * derived repository query costs several times that in query building and entity mapping.
     */
    List<StageView> all(long workspaceId) {
        return jdbc.sql("SELECT stage_key, name, probability, sort_order, closed, won, version, stale_days FROM stage"
                        + " WHERE workspace_id = ? ORDER BY sort_order")
                .param(workspaceId)
                .query((rs, n) -> new StageView(
                        rs.getString("stage_key"),
                        rs.getString("name"),
                        rs.getInt("probability"),
                        rs.getInt("sort_order"),
                        rs.getBoolean("closed"),
                        rs.getBoolean("won"),
                        rs.getLong("version"),
                        rs.getInt("stale_days")))
                .list();
    }

    StageView stage(long workspaceId, String key) {
        return find(workspaceId, key).view();
    }

    StageView requireOpen(long workspaceId, String key, String field) {
        Stage stage = stages.findByWorkspaceIdAndKey(workspaceId, key == null ? "" : key)
                .orElseThrow(() -> new RuleViolationException(field, "unknown stage '" + key + "'"));
        if (stage.closed) {
            throw new RuleViolationException(
                    field, "'" + key + "' is a closed stage: close the deal as won or lost instead");
        }
        return stage.view();
    }

    StageView closing(long workspaceId, boolean won) {
        return stages.findByWorkspaceIdOrderBySortOrder(workspaceId).stream()
                .filter(s -> s.closed && s.won == won)
                .findFirst()
                .map(Stage::view)
                .orElseThrow(() -> new IllegalStateException("Workspace " + workspaceId + " has no closed stage"));
    }

    @Transactional
    StageView change(long workspaceId, String key, long version, String name, Integer probability, Integer staleDays) {
        Stage stage = find(workspaceId, key);
        Versions.check("Stage", version, stage.version);
        List<FieldProblem> problems = new ArrayList<>();
        if (name != null && (name.isBlank() || name.length() > 80)) {
            problems.add(new FieldProblem("name", "must be 1 to 80 characters"));
        }
        if (probability != null && (probability < 0 || probability > 100)) {
            problems.add(new FieldProblem("probability", "must be between 0 and 100"));
        }
        if (probability != null && stage.closed && probability != (stage.won ? 100 : 0)) {
            problems.add(new FieldProblem("probability", "a closed stage is " + (stage.won ? "100" : "0") + "%"));
        }
        if (staleDays != null && (staleDays < 0 || staleDays > 365)) {
            problems.add(new FieldProblem("staleDays", "must be between 0 (never stale) and 365 days"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        if (name != null) {
            stage.name = name.trim();
        }
        if (probability != null) {
            stage.probability = probability;
        }
        if (staleDays != null && !stage.closed) {
            stage.staleDays = staleDays;
        }
        return stages.save(stage).view();
    }

    /** Puts the open stages in the given order; closed stages stay last. */
    @Transactional
    List<StageView> reorder(long workspaceId, List<String> openKeys) {
        List<Stage> all = stages.findByWorkspaceIdOrderBySortOrder(workspaceId);
        List<String> current =
                all.stream().filter(s -> !s.closed).map(s -> s.key).toList();
        if (openKeys == null
                || openKeys.size() != current.size()
                || !new HashSet<>(openKeys).equals(new HashSet<>(current))) {
            throw new RuleViolationException("keys", "list every open stage exactly once: " + current);
        }
        int order = 1;
        for (String key : openKeys) {
            Stage stage =
                    all.stream().filter(s -> s.key.equals(key)).findFirst().orElseThrow();
            stage.sortOrder = order++;
            stages.save(stage);
        }
        for (Stage stage : all.stream().filter(s -> s.closed).toList()) {
            stage.sortOrder = order++;
            stages.save(stage);
        }
        return all(workspaceId);
    }

    private Stage find(long workspaceId, String key) {
        return stages.findByWorkspaceIdAndKey(workspaceId, key).orElseThrow(() -> new NotFoundException("Stage", key));
    }
}
