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

/** The user's notification settings page: channels per kind and their own webhook. */
@Controller
class NotificationSettingsPageController {

    static final String PAGE = "/settings/notifications";

    private final NotificationManagement notifications;

    NotificationSettingsPageController(NotificationManagement notifications) {
        this.notifications = notifications;
    }

    @GetMapping(PAGE)
    String settings(@AuthenticationPrincipal UserPrincipal me, Model model) {
        return page(me, WebhookForm.of(notifications.ownWebhook(me.viewer()), List.of()), model);
    }

    @PostMapping(PAGE)
    String savePreferences(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam(name = "inbox", required = false) List<String> inbox,
            @RequestParam(name = "email", required = false) List<String> email,
            @RequestParam(name = "webhook", required = false) List<String> webhook,
            RedirectAttributes redirect) {
        for (NoticeKinds.Kind kind : NoticeKinds.ALL) {
            notifications.setPreference(
                    me.viewer(),
                    kind.code(),
                    has(inbox, kind.code()),
                    has(email, kind.code()),
                    has(webhook, kind.code()));
        }
        redirect.addFlashAttribute("flash", "Notification channels saved.");
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/webhook")
    String saveWebhook(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        Form form = WebhookForm.posted(params, List.of());
        String done = WebhookForm.save(
                form,
                List.of(),
                s -> notifications.saveOwnWebhook(me.viewer(), s.ifMatch(), s.change()),
                PAGE,
                redirect);
        return done != null ? done : page(me, form, model);
    }

    @PostMapping(PAGE + "/webhook/delete")
    String deleteWebhook(@AuthenticationPrincipal UserPrincipal me, RedirectAttributes redirect) {
        try {
            notifications.deleteOwnWebhook(me.viewer());
            redirect.addFlashAttribute("flash", "Webhook removed.");
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("flashError", "You have no webhook to remove.");
        }
        return "redirect:" + PAGE;
    }

    private String page(UserPrincipal me, Form webhook, Model model) {
        model.addAttribute("preferences", notifications.preferences(me.viewer()));
        model.addAttribute("webhook", webhook);
        model.addAttribute("hasWebhook", notifications.ownWebhook(me.viewer()).isPresent());
        model.addAttribute("mailAvailable", notifications.mailAvailable());
        return "notify/settings";
    }

    private static boolean has(List<String> chosen, String kind) {
        return chosen != null && chosen.contains(kind);
    }
}
