package io.closewright.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page is the pipeline board until the Today page exists. */
@Controller
class HomePageController {

    @GetMapping("/")
    String home() {
        return "redirect:/pipeline";
    }
}
