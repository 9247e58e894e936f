package io.closewright.closeplan;

import io.closewright.identity.UserPrincipal;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.StageView;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StaleVersionException;
import io.closewright.shared.StateConflictException;
import io.closewright.shared.web.FormValues;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Plan templates for admins and managers: the list, a new template, editing one (name, description,
 * the stage it is attached to, and its steps as rows), deleting one, and a live preview of the steps
 * scheduled for a sample close date {@value #SAMPLE_DAYS} working days ahead.
 */
@Controller
class TemplatesPageController {

    static final int SAMPLE_DAYS = 30;

    private final ClosePlanManagement plans;
    private final OpportunityManagement opportunities;

    TemplatesPageController(ClosePlanManagement plans, OpportunityManagement opportunities) {
        this.plans = plans;
        this.opportunities = opportunities;
    }

    @GetMapping("/admin/templates")
    String list(@AuthenticationPrincipal UserPrincipal me, Model model) {
        model.addAttribute("templates", plans.templates(me.viewer()));
        model.addAttribute("stages", stages(me));
        return "admin/templates";
    }

    @GetMapping("/admin/templates/new")
    String blank(@AuthenticationPrincipal UserPrincipal me, Model model) {
        return editor(me, TemplateEditor.blank(), model);
    }

    @GetMapping("/admin/templates/{id}")
    String edit(@AuthenticationPrincipal UserPrincipal me, @PathVariable String id, Model model) {
        return editor(me, TemplateEditor.of(plans.template(me.viewer(), id)), model);
    }

    @PostMapping("/admin/templates/new")
    String create(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        return save(me, TemplateEditor.posted(null, params), model, redirect);
    }

    @PostMapping("/admin/templates/{id}")
    String change(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        plans.template(me.viewer(), id);
        return save(me, TemplateEditor.posted(id, params), model, redirect);
    }

    @PostMapping("/admin/templates/{id}/delete")
    String delete(@AuthenticationPrincipal UserPrincipal me, @PathVariable String id, RedirectAttributes redirect) {
        String name = plans.template(me.viewer(), id).name();
        try {
            plans.deleteTemplate(me.viewer(), id);
            redirect.addFlashAttribute(
                    "flash", "Deleted the template “" + name + "”. Plans made from it keep their steps.");
        } catch (StateConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/admin/templates";
    }

    @PostMapping("/admin/templates/rows")
    String rows(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(required = false) String op,
            Model model,
            HttpServletResponse response) {
        TemplateEdit edit = TemplateEditor.posted(null, params);
        if ("add".equals(op)) {
            edit.rows().add(StepForm.blank());
        } else if (op != null && op.startsWith("remove-")) {
            Integer row = FormValues.integer(op.substring(7), "op", edit.head().errors());
            if (row != null && row >= 0 && row < edit.rows().size()) {
                edit.rows().remove(row.intValue());
            }
        }
        response.setHeader("HX-Trigger-After-Settle", "template-changed");
        model.addAttribute("edit", edit);
        return "admin/templateRows";
    }

    @PostMapping("/admin/templates/preview")
    String preview(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam MultiValueMap<String, String> params,
            Model model) {
        TemplateEdit edit = TemplateEditor.posted(null, params);
        LocalDate sample =
                plans.businessCalendar(me.workspaceId()).plusWorkingDays(opportunities.today(me.viewer()), SAMPLE_DAYS);
        model.addAttribute("sample", sample);
        List<StepDraft> drafts = TemplateEditor.drafts(edit);
        try {
            if (TemplateEditor.rowsHaveErrors(edit) || drafts.isEmpty()) {
                throw new RuleViolationException("steps", "fill in at least one step with a title, side and days");
            }
            PlanView plan = plans.preview(me.viewer(), sample, null, drafts);
            model.addAttribute("plan", plan);
            model.addAttribute("timeline", PlanTimeline.svg(plan));
        } catch (RuleViolationException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return "admin/templatePreview";
    }

    private String save(UserPrincipal me, TemplateEdit edit, Model model, RedirectAttributes redirect) {
        List<StepDraft> drafts = TemplateEditor.drafts(edit);
        if (!TemplateEditor.rowsHaveErrors(edit)) {
            try {
                TemplateView saved = write(me, edit, drafts);
                redirect.addFlashAttribute("flash", "Saved the template “" + saved.name() + "”.");
                return "redirect:/admin/templates";
            } catch (RuleViolationException e) {
                TemplateEditor.place(e.problems(), edit);
            } catch (StaleVersionException e) {
                edit.head()
                        .errors()
                        .addGeneral("Someone else saved this template meanwhile. Open it again to see"
                                + " their version; what you typed is still below.");
            }
        }
        return editor(me, edit, model);
    }

    private TemplateView write(UserPrincipal me, TemplateEdit edit, List<StepDraft> drafts) {
        String name = edit.head().text("name");
        String description = edit.head().text("description");
        String stage = edit.head().text("stage");
        if (edit.isNew()) {
            return plans.createTemplate(me.viewer(), null, name, description, stage, drafts);
        }
        Long version = FormValues.id(
                edit.head().text("version"), "version", edit.head().errors());
        return plans.changeTemplate(
                me.viewer(), edit.id(), version == null ? -1 : version, name, description, stage, drafts);
    }

    private String editor(UserPrincipal me, TemplateEdit edit, Model model) {
        model.addAttribute("edit", edit);
        model.addAttribute("stages", stages(me));
        model.addAttribute("sampleDays", SAMPLE_DAYS);
        return "admin/template";
    }

    private List<StageView> stages(UserPrincipal me) {
        return opportunities.stages(me.workspaceId()).stream()
                .filter(s -> !s.closed())
                .toList();
    }
}
