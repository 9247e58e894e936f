package io.closewright.closeplan;

import io.closewright.identity.WorkspaceCreated;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StateConflictException;
import io.closewright.shared.Versions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The plan templates of each workspace; every workspace starts with {@code standard}. */
@Component
class PlanTemplateCatalog {

    private final PlanTemplates templates;
    private final Clock clock;

    PlanTemplateCatalog(PlanTemplates templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    @EventListener
    void addStandard(WorkspaceCreated event) {
        PlanTemplate standard = new PlanTemplate();
        standard.workspaceId = event.workspaceId();
        standard.key = StandardTemplate.KEY;
        fill(standard, StandardTemplate.NAME, StandardTemplate.DESCRIPTION, null, StandardTemplate.STEPS);
        templates.save(standard);
    }

    List<TemplateView> all(long workspaceId) {
        return templates.findByWorkspaceIdOrderByName(workspaceId).stream()
                .map(PlanTemplate::view)
                .toList();
    }

    TemplateView one(long workspaceId, String key) {
        return find(workspaceId, key).view();
    }

    Optional<TemplateView> forStage(long workspaceId, String stage) {
        return templates.findByWorkspaceIdAndStage(workspaceId, stage).stream()
                .findFirst()
                .map(PlanTemplate::view);
    }

    @Transactional
    TemplateView create(
            long workspaceId,
            String key,
            String name,
            String description,
            String stage,
            List<StepDraft> steps,
            LocalDate today) {
        String k = key == null || key.isBlank() ? slug(name) : key.trim();
        if (!k.matches("[a-z0-9][a-z0-9-]{0,59}")) {
            throw new RuleViolationException("id", "use lower-case letters, digits and dashes (at most 60)");
        }
        if (templates.findByWorkspaceIdAndKey(workspaceId, k).isPresent()) {
            throw new RuleViolationException("id", "a template with id '" + k + "' already exists");
        }
        check(workspaceId, k, name, description, stage, steps, today);
        PlanTemplate template = new PlanTemplate();
        template.workspaceId = workspaceId;
        template.key = k;
        fill(template, name, description, stage, steps);
        return templates.save(template).view();
    }

    @Transactional
    TemplateView change(
            long workspaceId,
            String key,
            long version,
            String name,
            String description,
            String stage,
            List<StepDraft> steps,
            LocalDate today) {
        PlanTemplate template = find(workspaceId, key);
        Versions.check("Template", version, template.version);
        check(workspaceId, key, name, description, stage, steps, today);
        fill(template, name, description, stage, steps);
        return templates.save(template).view();
    }

    @Transactional
    void delete(long workspaceId, String key) {
        if (StandardTemplate.KEY.equals(key)) {
            throw new StateConflictException("The standard template cannot be deleted; edit it instead");
        }
        templates.delete(find(workspaceId, key));
    }

    private void check(
            long workspaceId,
            String key,
            String name,
            String description,
            String stage,
            List<StepDraft> steps,
            LocalDate today) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new RuleViolationException("name", "must be 1 to 200 characters");
        }
        if (description != null && description.length() > 1000) {
            throw new RuleViolationException("description", "must be at most 1000 characters");
        }
        if (stage != null
                && templates.findByWorkspaceIdAndStage(workspaceId, stage).stream()
                        .anyMatch(t -> !t.key.equals(key))) {
            throw new RuleViolationException("stage", "another template is already attached to stage '" + stage + "'");
        }
        PlanChecks.checkAsPlan(steps, today);
    }

    private void fill(PlanTemplate template, String name, String description, String stage, List<StepDraft> steps) {
        template.name = name.trim();
        template.description = description == null || description.isBlank() ? null : description.trim();
        template.stage = stage == null || stage.isBlank() ? null : stage;
        template.steps =
                new java.util.ArrayList<>(steps.stream().map(TemplateStep::of).toList());
        template.updatedAt = clock.instant();
    }

    private PlanTemplate find(long workspaceId, String key) {
        return templates
                .findByWorkspaceIdAndKey(workspaceId, key)
                .orElseThrow(() -> new NotFoundException("Template", key));
    }

    private static String slug(String name) {
        String s = name == null
                ? ""
                : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.length() > 60 ? s.substring(0, 60) : s;
    }
}
