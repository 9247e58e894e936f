package io.closewright.checkup.web;

import io.closewright.checkup.CheckupManagement;
import io.closewright.identity.UserPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "Checkups" page: this morning's reminder and the checkups to hold, overdue, today and this week,
 * over the user's own deals (or, for managers, their team's); and the navigation badge of open reminders.
 */
@Controller
class CheckupsPageController {

    private final CheckupManagement checkups;

    CheckupsPageController(CheckupManagement checkups) {
        this.checkups = checkups;
    }

    @GetMapping("/checkups")
    String agenda(
            @AuthenticationPrincipal UserPrincipal me, @RequestParam(defaultValue = "mine") String scope, Model model) {
        boolean team = "team".equals(scope) && me.viewer().leadsOthers();
        model.addAttribute("agenda", checkups.agenda(me.viewer(), !team));
        model.addAttribute("team", team);
        return "checkup/agenda";
    }

    @GetMapping("/checkups/badge")
    String badge(@AuthenticationPrincipal UserPrincipal me, Model model) {
        model.addAttribute("count", checkups.openReminders(me.viewer()));
        return "checkup/badge";
    }
}
