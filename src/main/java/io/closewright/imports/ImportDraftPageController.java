package io.closewright.imports;

import io.closewright.identity.IdentityManagement;
import io.closewright.identity.UserPrincipal;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StateConflictException;
import io.closewright.shared.web.FormErrors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dry run of an uploaded file: how its columns, stages and owners map (each changeable), how many
 * rows would be created, updated or skipped, and every bad row with its line and reason. "Check again"
 * re-runs it with the changed choices; "Import" starts the import with them.
 */
@Controller
class ImportDraftPageController {

    private final ImportManagement imports;
    private final OpportunityManagement opportunities;
    private final IdentityManagement identity;

    ImportDraftPageController(
            ImportManagement imports, OpportunityManagement opportunities, IdentityManagement identity) {
        this.imports = imports;
        this.opportunities = opportunities;
        this.identity = identity;
    }

    @GetMapping("/admin/imports/drafts/{id}")
    String draft(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id, Model model) {
        ImportManagement.Choices none = new ImportManagement.Choices(null, Map.of(), Map.of());
        return page(me, id, imports.previewDraft(me.viewer(), id, none), FormErrors.none(), model);
    }

    @PostMapping("/admin/imports/drafts/{id}")
    String choose(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            @RequestParam(value = "stageSource", required = false) List<String> stageSources,
            @RequestParam(value = "stageTarget", required = false) List<String> stageTargets,
            @RequestParam(value = "ownerSource", required = false) List<String> ownerSources,
            @RequestParam(value = "ownerTarget", required = false) List<String> ownerTargets,
            Model model,
            RedirectAttributes redirect) {
        ImportManagement.Choices choices = new ImportManagement.Choices(
                pairs(stageSources, stageTargets), pairs(ownerSources, ownerTargets), ImportRequests.columns(params));
        FormErrors errors = FormErrors.none();
        try {
            if ("start".equals(params.get("action"))) {
                ImportJobView job = imports.startDraft(me.viewer(), id, choices);
                redirect.addFlashAttribute("flash", "Import started: " + job.rows() + " rows.");
                return "redirect:/admin/imports/" + job.id();
            }
            return page(me, id, imports.previewDraft(me.viewer(), id, choices), errors, model);
        } catch (RuleViolationException e) {
            errors.addAll(e.problems());
        } catch (StateConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            return "redirect:/admin/imports";
        }
        ImportManagement.Choices none = new ImportManagement.Choices(null, Map.of(), Map.of());
        return page(me, id, imports.previewDraft(me.viewer(), id, none), errors, model);
    }

    private String page(UserPrincipal me, long id, ImportPreview preview, FormErrors errors, Model model) {
        model.addAttribute("draftId", id);
        model.addAttribute("preview", preview);
        model.addAttribute("errors", errors);
        model.addAttribute("stages", opportunities.stages(me.workspaceId()));
        model.addAttribute("users", identity.visibleUsers(me.viewer()));
        return "imports/draft";
    }

    private static Map<String, String> pairs(List<String> sources, List<String> targets) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (sources != null && targets != null) {
            for (int i = 0; i < Math.min(sources.size(), targets.size()); i++) {
                pairs.put(sources.get(i), targets.get(i));
            }
        }
        return pairs;
    }
}
