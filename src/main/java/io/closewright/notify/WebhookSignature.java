package io.closewright.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook post: {@code sha256=} and the hex HMAC-SHA256, keyed by the webhook's shared
 * secret, of {@code "<timestamp>.<body>"}. A receiver recomputes it and compares, and refuses old
 * timestamps to stop replays.
 */
final class WebhookSignature {

    static final String HEADER = "X-Closewright-Signature";
    static final String TIMESTAMP_HEADER = "X-Closewright-Timestamp";

    private WebhookSignature() {}

    static String of(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
