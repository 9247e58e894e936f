package io.closewright.notify;

import io.closewright.shared.FieldProblem;
import io.closewright.shared.RuleViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A webhook as someone wants it: an absolute http(s) URL that {@link WebhookAddressPolicy} accepts, an optional shared secret of 16 to 200
 * characters (one is generated when a new webhook has none), whether it is on, and, for the workspace's
 * webhook, the kinds it receives.
 */
record WebhookChange(String url, @Nullable String secret, boolean enabled, List<String> kinds) {

    static final int MAX_URL = 500;

    /**
     * Checks every field, the URL against {@code policy}, and answers the kinds normalised.
     *
     * @throws RuleViolationException naming each field at fault
     */
    WebhookChange checked(boolean workspaceScope, WebhookAddressPolicy policy) {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanUrl = url == null ? "" : url.trim();
        if (!validUrl(cleanUrl)) {
            problems.add(new FieldProblem("url", "give the full https:// address, at most " + MAX_URL + " characters"));
        } else {
            policy.refusalOnSave(URI.create(cleanUrl)).ifPresent(why -> problems.add(new FieldProblem("url", why)));
        }
        String cleanSecret = secret == null || secret.isBlank() ? null : secret.trim();
        if (cleanSecret != null && (cleanSecret.length() < 16 || cleanSecret.length() > 200)) {
            problems.add(new FieldProblem("secret", "a secret has 16 to 200 characters; leave it empty to get one"));
        }
        LinkedHashSet<String> cleanKinds = new LinkedHashSet<>();
        for (String kind : kinds == null ? List.<String>of() : kinds) {
            String code = kind == null ? "" : kind.trim().toLowerCase(Locale.ROOT);
            if (NoticeKinds.find(code).isEmpty()) {
                problems.add(new FieldProblem("kinds", Preferences.unknown(kind)));
            } else {
                cleanKinds.add(code);
            }
        }
        if (workspaceScope
                && cleanKinds.isEmpty()
                && problems.stream().noneMatch(p -> p.field().equals("kinds"))) {
            problems.add(new FieldProblem("kinds", "choose at least one kind of notice to post"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        return new WebhookChange(cleanUrl, cleanSecret, enabled, workspaceScope ? List.copyOf(cleanKinds) : List.of());
    }

    private static boolean validUrl(String text) {
        if (text.isEmpty() || text.length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = URI.create(text);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
