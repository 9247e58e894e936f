package io.closewright.focus;

import io.closewright.closeplan.ClosePlanManagement;
import io.closewright.identity.UserPrincipal;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StaleVersionException;
import io.closewright.shared.web.Form;
import io.closewright.shared.web.FormErrors;
import io.closewright.shared.web.FormValues;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Admin → Automation rules: the rules with their switches, deleting one, and a form to add one. */
@Controller
class RulesPageController {

    private final FocusManagement focus;
    private final OpportunityManagement opportunities;
    private final ClosePlanManagement plans;

    RulesPageController(FocusManagement focus, OpportunityManagement opportunities, ClosePlanManagement plans) {
        this.focus = focus;
        this.opportunities = opportunities;
        this.plans = plans;
    }

    @GetMapping("/admin/rules")
    String rules(@AuthenticationPrincipal UserPrincipal me, Model model) {
        return render(me.viewer(), Form.empty().with("taskDueDays", 0), model);
    }

    @PostMapping("/admin/rules")
    String add(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Form form = Form.posted(params);
        FormErrors errors = form.errors();
        RuleDraft draft = new RuleDraft(
                form.text("name"),
                FormValues.choice(RuleTrigger.class, form.text("trigger"), "trigger", errors),
                form.text("stage"),
                FormValues.integer(form.text("days"), "days", errors),
                FormValues.choice(RuleAction.class, form.text("action"), "action", errors),
                form.text("templateId"),
                form.text("taskTitle"),
                FormValues.integer(form.text("taskDueDays"), "taskDueDays", errors),
                true);
        if (!errors.any()) {
            try {
                RuleView rule = focus.createRule(me.viewer(), draft);
                RequestContextUtils.getOutputFlashMap(request).put("flash", "Rule added and on: " + rule.name());
                return "redirect:/admin/rules";
            } catch (RuleViolationException e) {
                errors.addAll(e.problems());
            }
        }
        response.setStatus(422);
        return render(me.viewer(), form, model);
    }

    @PostMapping("/admin/rules/{id}/enabled")
    String enable(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam boolean enabled,
            HttpServletRequest request) {
        var flash = RequestContextUtils.getOutputFlashMap(request);
        try {
            RuleView rule = focus.enableRule(me.viewer(), id, version, enabled);
            flash.put("flash", (rule.enabled() ? "On: " : "Off: ") + rule.name());
        } catch (StaleVersionException e) {
            flash.put("flashError", "Someone changed this rule meanwhile; here it is as it stands.");
        }
        return "redirect:/admin/rules";
    }

    @PostMapping("/admin/rules/{id}/delete")
    String delete(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id, HttpServletRequest request) {
        focus.deleteRule(me.viewer(), id, null);
        RequestContextUtils.getOutputFlashMap(request).put("flash", "Rule deleted.");
        return "redirect:/admin/rules";
    }

    private String render(Viewer viewer, Form form, Model model) {
        model.addAttribute("rules", focus.rules(viewer));
        model.addAttribute(
                "stages",
                opportunities.stages(viewer.workspaceId()).stream()
                        .filter(s -> !s.closed())
                        .toList());
        model.addAttribute("templates", plans.templates(viewer));
        model.addAttribute("form", form);
        return "focus/rules";
    }
}
