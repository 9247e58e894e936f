package io.closewright.ask;

import io.closewright.shared.NotFoundException;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StateConflictException;
import io.closewright.shared.web.Formats;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The buyer's shared close plan, reached by a secret link without an account. Pages are never cached and
 * never send a referrer; any link that does not open a deal answers the same 404 page, which names no deal.
 */
@Controller
class BuyerPageController {

    private final BuyerPages pages;

    BuyerPageController(BuyerPages pages) {
        this.pages = pages;
    }

    @GetMapping("/share/{token}")
    String page(
            @PathVariable String token,
            @RequestParam(required = false) String done,
            @RequestParam(required = false) String error,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        privateHeaders(response);
        Optional<BuyerView> view = pages.open(token, request.getRemoteAddr(), request.getHeader("User-Agent"));
        if (view.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "share/invalid";
        }
        model.addAttribute("view", view.get());
        model.addAttribute("token", token);
        model.addAttribute("fmt", new Formats("USD", view.get().today(), ZoneOffset.UTC));
        model.addAttribute("notice", done != null ? "Thank you, that is marked done." : null);
        model.addAttribute("problem", error);
        return "share/page";
    }

    @PostMapping("/share/{token}/steps/{key}/done")
    String completeStep(@PathVariable String token, @PathVariable String key, HttpServletResponse response) {
        privateHeaders(response);
        try {
            pages.completeStep(token, key);
            return "redirect:/share/" + token + "?done";
        } catch (StateConflictException e) {
            return "redirect:/share/" + token + "?error=order";
        } catch (NotFoundException e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "share/invalid";
        }
    }

    @PostMapping("/share/{token}/comments")
    String comment(
            @PathVariable String token, @RequestParam(required = false) String body, HttpServletResponse response) {
        privateHeaders(response);
        try {
            pages.comment(token, body);
            return "redirect:/share/" + token + "?done=comment";
        } catch (RuleViolationException e) {
            return "redirect:/share/" + token + "?error=comment";
        } catch (NotFoundException e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "share/invalid";
        }
    }

    private static void privateHeaders(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
    }
}
