package io.closewright.focus;

import io.closewright.identity.UserPrincipal;
import io.closewright.identity.Viewer;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StateConflictException;
import io.closewright.shared.web.Form;
import io.closewright.shared.web.FormErrors;
import io.closewright.shared.web.FormValues;
import io.closewright.shared.web.Toasts;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The deal page's parts from the focus module, loaded by htmx: the next action for the sticky header and
 * the deal's tasks section (add, done, delete in place; a refused task keeps what was typed).
 */
@Controller
class DealTasksPageController {

    private final FocusManagement focus;

    DealTasksPageController(FocusManagement focus) {
        this.focus = focus;
    }

    @GetMapping("/opportunities/{id}/next-action")
    String nextAction(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id, Model model) {
        model.addAttribute("focus", focus.dealFocus(me.viewer(), id));
        return "focus/nextAction";
    }

    @GetMapping("/opportunities/{id}/tasks-section")
    String tasks(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id, Model model) {
        return section(me.viewer(), id, Form.empty(), model);
    }

    @PostMapping("/opportunities/{id}/tasks")
    String add(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response) {
        Form form = Form.posted(params);
        FormErrors errors = form.errors();
        var due = FormValues.date(form.text("dueDate"), "dueDate", errors);
        if (!errors.any()) {
            try {
                TaskView task = focus.createTask(me.viewer(), new NewTask(form.text("title"), due, id, null));
                Toasts.show(response, "success", "Task added: " + task.title());
                return section(me.viewer(), id, Form.empty(), model);
            } catch (RuleViolationException e) {
                errors.addAll(e.problems());
            } catch (StateConflictException e) {
                errors.addGeneral(e.getMessage());
            }
        }
        return section(me.viewer(), id, form, model);
    }

    @PostMapping("/opportunities/{id}/tasks/{taskId}/done")
    String done(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @PathVariable long taskId,
            Model model,
            HttpServletResponse response) {
        return change(
                me.viewer(),
                id,
                model,
                response,
                () -> "Done: " + focus.completeTask(me.viewer(), taskId, null).title());
    }

    @PostMapping("/opportunities/{id}/tasks/{taskId}/delete")
    String delete(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @PathVariable long taskId,
            Model model,
            HttpServletResponse response) {
        return change(me.viewer(), id, model, response, () -> {
            focus.deleteTask(me.viewer(), taskId, null);
            return "Task deleted.";
        });
    }

    private String change(
            Viewer viewer,
            long id,
            Model model,
            HttpServletResponse response,
            java.util.function.Supplier<String> action) {
        try {
            Toasts.show(response, "success", action.get());
        } catch (StateConflictException e) {
            Toasts.show(response, "warning", e.getMessage());
        }
        return section(viewer, id, Form.empty(), model);
    }

    private String section(Viewer viewer, long id, Form form, Model model) {
        model.addAttribute("dealId", id);
        model.addAttribute("tasks", focus.dealTasks(viewer, id));
        model.addAttribute("form", form);
        return "focus/dealTasks";
    }
}
