package io.closewright.notify;

import io.closewright.identity.UserPrincipal;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.web.Form;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admins' page for the workspace's webhook: its address, secret and the kinds it receives. */
@Controller
class WorkspaceWebhookPageController {

    static final String PAGE = "/admin/webhook";
    private static final List<String> DEFAULT_KINDS = List.of("slip-alert", "escalation");

    private final NotificationManagement notifications;

    WorkspaceWebhookPageController(NotificationManagement notifications) {
        this.notifications = notifications;
    }

    @GetMapping(PAGE)
    String webhook(@AuthenticationPrincipal UserPrincipal me, Model model) {
        return page(me, WebhookForm.of(notifications.workspaceWebhook(me.viewer()), DEFAULT_KINDS), model);
    }

    @PostMapping(PAGE)
    String save(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam Map<String, String> params,
            @RequestParam(name = "kinds", required = false) List<String> kinds,
            Model model,
            RedirectAttributes redirect) {
        List<String> chosen = kinds == null ? List.of() : kinds;
        Form form = WebhookForm.posted(params, chosen);
        String done = WebhookForm.save(
                form,
                chosen,
                s -> notifications.saveWorkspaceWebhook(me.viewer(), s.ifMatch(), s.change()),
                PAGE,
                redirect);
        return done != null ? done : page(me, form, model);
    }

    @PostMapping(PAGE + "/delete")
    String delete(@AuthenticationPrincipal UserPrincipal me, RedirectAttributes redirect) {
        try {
            notifications.deleteWorkspaceWebhook(me.viewer());
            redirect.addFlashAttribute("flash", "Workspace webhook removed.");
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("flashError", "There is no workspace webhook to remove.");
        }
        return "redirect:" + PAGE;
    }

    private String page(UserPrincipal me, Form form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", notifications.preferences(me.viewer()));
        model.addAttribute("exists", notifications.workspaceWebhook(me.viewer()).isPresent());
        return "notify/workspaceWebhook";
    }
}
