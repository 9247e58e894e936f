package io.closewright.nurture;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The unsubscribe link of a drip email, without an account. Opening it is recorded and shows one button;
 * pressing it, or a mail program's one-click request (RFC 8058 posts to the same address), unsubscribes
 * the recipient from every campaign of the workspace. A link that does not verify shows nothing and
 * changes nothing (404). Opening the link does not unsubscribe by itself, so that mail scanners that
 * fetch every link cannot unsubscribe anyone.
 */
@Controller
class UnsubscribePageController {

    private final UnsubscribeLinks links;
    private final Unsubscribes unsubscribes;

    UnsubscribePageController(UnsubscribeLinks links, Unsubscribes unsubscribes) {
        this.links = links;
        this.unsubscribes = unsubscribes;
    }

    @GetMapping("/unsubscribe/{token}")
    String open(@PathVariable String token, HttpServletResponse response, Model model) {
        Optional<Unsubscribes.Recipient> recipient = recipient(token, response);
        if (recipient.isEmpty()) {
            return "nurture/unsubscribeInvalid";
        }
        unsubscribes.opened(recipient.get().emailId());
        return page(model, token, recipient.get(), recipient.get().unsubscribed());
    }

    @PostMapping("/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, HttpServletResponse response, Model model) {
        Optional<Unsubscribes.Recipient> recipient = recipient(token, response);
        if (recipient.isEmpty()) {
            return "nurture/unsubscribeInvalid";
        }
        unsubscribes.unsubscribe(recipient.get());
        return page(model, token, recipient.get(), true);
    }

    private Optional<Unsubscribes.Recipient> recipient(String token, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        Optional<Unsubscribes.Recipient> recipient = links.verify(token).flatMap(unsubscribes::recipient);
        if (recipient.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        return recipient;
    }

    private static String page(Model model, String token, Unsubscribes.Recipient recipient, boolean done) {
        model.addAttribute("token", token);
        model.addAttribute("address", recipient.address());
        model.addAttribute("sender", recipient.workspaceName());
        model.addAttribute("done", done);
        return "nurture/unsubscribe";
    }
}
