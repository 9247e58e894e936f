package io.closewright.notify;

import io.closewright.shared.Preconditions;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StaleVersionException;
import io.closewright.shared.web.Form;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The webhook form of the settings pages (the user's own and the workspace's): prefilled from the stored
 * webhook, read back as a {@link WebhookChange}, and saved with the outcome said the same way on both.
 */
final class WebhookForm {

    private WebhookForm() {}

    /**
     * The form for a stored webhook (its secret never shown again: left empty, it is kept), or a blank one
     * (switched on) when there is none.
     */
    static Form of(Optional<WebhookView> hook, List<String> defaultKinds) {
        return hook.map(h -> Form.empty()
                        .with("url", h.url())
                        .with("enabled", h.enabled())
                        .with("kinds", String.join(",", h.kinds()))
                        .with("version", h.version()))
                .orElseGet(() -> Form.empty().with("enabled", true).with("kinds", String.join(",", defaultKinds)));
    }

    static Form posted(Map<String, String> params, List<String> kinds) {
        Form form = Form.posted(params);
        form.with("kinds", String.join(",", kinds == null ? List.of() : kinds));
        return form;
    }

    /**
     * Saves the posted form with {@code save} (given the version sent, if any, and the change) and answers
     * the redirect on success or after a concurrent change, or null with the problems added to the form.
     */
    static String save(
            Form form,
            List<String> kinds,
            Function<Saving, WebhookView> save,
            String page,
            RedirectAttributes redirect) {
        WebhookChange change = new WebhookChange(form.text("url"), form.text("secret"), form.checked("enabled"), kinds);
        try {
            WebhookView saved = save.apply(new Saving(form.text("version"), change));
            boolean generated = saved.secret() != null && form.text("secret") == null;
            redirect.addFlashAttribute(
                    "flash",
                    generated
                            ? "Webhook saved. Its signing secret, shown only this once: " + saved.secret()
                            : "Webhook saved.");
            return "redirect:" + page;
        } catch (RuleViolationException e) {
            form.errors().addAll(e.problems());
            return null;
        } catch (StaleVersionException | Preconditions.PreconditionRequiredException e) {
            redirect.addFlashAttribute(
                    "flashError", "Someone changed this webhook meanwhile; the form now shows their version.");
            return "redirect:" + page;
        }
    }

    /** The version the form was loaded at (null for a new webhook) and the wanted change. */
    record Saving(String ifMatch, WebhookChange change) {}
}
