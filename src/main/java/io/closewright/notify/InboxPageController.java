package io.closewright.notify;

import io.closewright.identity.UserPrincipal;
import io.closewright.shared.PageSlice;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Inbox page and the navigation's unread badge. Opening an entry marks it read and goes where it
 * points; marking read from the list answers the entry again and tells the badge to refresh
 * ({@code HX-Trigger: notifications-changed}).
 */
@Controller
class InboxPageController {

    static final String CHANGED = "notifications-changed";

    private final NotificationManagement notifications;

    InboxPageController(NotificationManagement notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/inbox")
    String inbox(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("page", notifications.inbox(me.viewer(), unread, PageSlice.of(page, 25)));
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("unread", notifications.unread(me.viewer()));
        return "notify/inbox";
    }

    @GetMapping("/inbox/badge")
    String badge(@AuthenticationPrincipal UserPrincipal me, Model model) {
        model.addAttribute("count", notifications.unread(me.viewer()));
        return "notify/badge";
    }

    @GetMapping("/inbox/{id}/open")
    String open(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id) {
        NotificationView read = notifications.markRead(me.viewer(), id);
        return "redirect:" + (read.link() == null ? "/inbox" : read.link());
    }

    @PostMapping("/inbox/{id}/read")
    String markRead(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletResponse response,
            Model model) {
        NotificationView read = notifications.markRead(me.viewer(), id);
        if (htmx == null) {
            return "redirect:/inbox";
        }
        response.setHeader("HX-Trigger", CHANGED);
        model.addAttribute("n", read);
        return "notify/item";
    }

    @PostMapping("/inbox/read-all")
    String markAllRead(@AuthenticationPrincipal UserPrincipal me, RedirectAttributes redirect) {
        int marked = notifications.markAllRead(me.viewer());
        redirect.addFlashAttribute(
                "flash", marked == 1 ? "1 notification marked read." : marked + " notifications marked read.");
        return "redirect:/inbox";
    }
}
