package io.closewright.opportunity;

import io.closewright.identity.UserPrincipal;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StaleVersionException;
import io.closewright.shared.web.Form;
import io.closewright.shared.web.FormValues;
import java.util.ArrayList;
import java.util.Collections;
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
 * The admin's pipeline stages: rename them, set their win probability and how many days without activity
 * make a deal in them stale (blank or 0: never), and put the open ones in order.
 */
@Controller
class StagesPageController {

    private final PipelineStages stages;

    StagesPageController(PipelineStages stages) {
        this.stages = stages;
    }

    @GetMapping("/admin/stages")
    String stages(@AuthenticationPrincipal UserPrincipal me, Model model) {
        return page(me, model, null, null);
    }

    @PostMapping("/admin/stages/{key}")
    String change(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable String key,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        Form form = Form.posted(params);
        Long version = FormValues.id(form.text("version"), "version", form.errors());
        Integer probability = FormValues.integer(form.text("probability"), "probability", form.errors());
        Integer staleDays = FormValues.integer(form.text("staleDays"), "staleDays", form.errors());
        if (!form.hasErrors()) {
            try {
                StageView saved = stages.change(
                        me.workspaceId(),
                        key,
                        version,
                        form.value("name"),
                        probability,
                        staleDays == null ? 0 : staleDays);
                redirect.addFlashAttribute("flash", "Saved stage " + saved.name() + ".");
                return "redirect:/admin/stages";
            } catch (RuleViolationException e) {
                form.errors().addAll(e.problems());
            } catch (StaleVersionException e) {
                redirect.addFlashAttribute(
                        "flashError",
                        "This stage was changed by someone else; the list shows the current values. Make your change again.");
                return "redirect:/admin/stages";
            }
        }
        return page(me, model, key, form);
    }

    @PostMapping("/admin/stages/order")
    String reorder(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam(required = false) List<String> keys,
            RedirectAttributes redirect) {
        try {
            stages.reorder(me.workspaceId(), keys);
            redirect.addFlashAttribute("flash", "Stage order saved. The board shows the columns in this order.");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute(
                    "flashError", "The order was not saved: the stages changed meanwhile. Try again.");
        }
        return "redirect:/admin/stages";
    }

    @PostMapping("/admin/stages/{key}/move")
    String move(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable String key,
            @RequestParam String direction,
            RedirectAttributes redirect) {
        List<String> keys = new ArrayList<>(stages.all(me.workspaceId()).stream()
                .filter(s -> !s.closed())
                .map(StageView::key)
                .toList());
        int at = keys.indexOf(key);
        int to = "up".equals(direction) ? at - 1 : at + 1;
        if (at >= 0 && to >= 0 && to < keys.size()) {
            Collections.swap(keys, at, to);
            stages.reorder(me.workspaceId(), keys);
            redirect.addFlashAttribute("flash", "Stage order saved.");
        }
        return "redirect:/admin/stages";
    }

    private String page(UserPrincipal me, Model model, String editKey, Form editForm) {
        List<StageView> all = stages.all(me.workspaceId());
        model.addAttribute("open", all.stream().filter(s -> !s.closed()).toList());
        model.addAttribute("closed", all.stream().filter(StageView::closed).toList());
        model.addAttribute("editKey", editKey);
        model.addAttribute("editForm", editForm);
        return "admin/stages";
    }
}
