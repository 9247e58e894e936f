package io.closewright.notify;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A webhook as its owner sees it: where notices are posted and the shared secret their signature is made
 * with ({@code X-Closewright-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">}).
 *
 * @param secret the shared secret, only in the answer of the save that set it (creating the webhook or
 *     replacing the secret); null in every other answer, so it is shown once
 *
 * @param scope {@code WORKSPACE} (set by admins, for the kinds listed) or {@code USER} (the user's own, for
 *     the kinds whose webhook channel they chose)
 * @param kinds the kinds a workspace webhook receives; empty for a user's webhook
 * @param version the version to send as {@code If-Match} when changing it
 */
public record WebhookView(
        long id, String scope, String url, @Nullable String secret, List<String> kinds, boolean enabled, long version) {

    /** The same webhook without its secret, for every answer but the one that set it. */
    public WebhookView withoutSecret() {
        return new WebhookView(id, scope, url, null, kinds, enabled, version);
    }
}
