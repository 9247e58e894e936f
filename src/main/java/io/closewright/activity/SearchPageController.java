package io.closewright.activity;

import io.closewright.identity.UserPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search box in the navigation bar: as the user types, htmx asks for the hits as a list to pick from
 * with the arrow keys; pressing Enter without picking one opens the results page.
 */
@Controller
class SearchPageController {

    private final Search search;

    SearchPageController(Search search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam(required = false) String q,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        String query = q == null ? "" : q.strip();
        boolean searchable = query.length() >= Search.MIN_LENGTH && query.length() <= Search.MAX_LENGTH;
        model.addAttribute("query", query);
        model.addAttribute("results", searchable ? search.find(me.viewer(), query) : null);
        return htmx != null ? "search/hits" : "search/page";
    }
}
