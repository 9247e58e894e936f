package io.closewright.identity;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security's form login receives the post (see {@link SecurityConfiguration}). */
@Controller
class LoginPageController {

    @GetMapping("/login")
    String login(
            CsrfToken csrf,
            Model model,
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String throttled,
            @RequestParam(required = false) String logout) {
        model.addAttribute("csrf", csrf);
        model.addAttribute("error", error != null);
        model.addAttribute("throttled", throttled != null);
        model.addAttribute("loggedOut", logout != null);
        return "login";
    }
}
