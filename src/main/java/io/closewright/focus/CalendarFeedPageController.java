package io.closewright.focus;

import io.closewright.identity.UserPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The profile page of the user's private calendar feed: its URL, how to subscribe, and a new secret on demand. */
@Controller
class CalendarFeedPageController {

    private final FocusManagement focus;

    CalendarFeedPageController(FocusManagement focus) {
        this.focus = focus;
    }

    @GetMapping("/profile/calendar")
    String calendarFeed(@AuthenticationPrincipal UserPrincipal me, Model model) {
        model.addAttribute(
                "feedUrl",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/calendar/{secret}.ics")
                        .buildAndExpand(focus.calendarSecret(me.viewer()))
                        .toUriString());
        return "focus/calendarFeed";
    }

    @PostMapping("/profile/calendar/regenerate")
    String regenerate(@AuthenticationPrincipal UserPrincipal me, HttpServletRequest request) {
        focus.regenerateCalendarSecret(me.viewer());
        RequestContextUtils.getOutputFlashMap(request)
                .put(
                        "flash",
                        "New feed address made: the old one no longer works. Subscribe again with the one below.");
        return "redirect:/profile/calendar";
    }
}
