package io.closewright.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page, where sign-in lands, is Today: the signed-in user's ranked focus list. */
@Controller
class HomePageController {

    @GetMapping("/")
    String home() {
        return "redirect:/today";
    }
}
