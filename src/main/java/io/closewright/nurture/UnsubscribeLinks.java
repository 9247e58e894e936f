package io.closewright.nurture;

import io.closewright.shared.SecretTokens;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Unsubscribe links: {@code <emailId>.<signature>}, the signature an HMAC-SHA256 of the email's id under
 * the workspace's own key (kept in the database, so every instance signs and checks alike, across
 * restarts). A link whose id or signature was altered verifies to nothing.
 */
@Component
class UnsubscribeLinks {

    private final JdbcClient jdbc;
    private final NurtureSettings settings;

    UnsubscribeLinks(JdbcClient jdbc, NurtureSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** The token for one drip email of a workspace. */
    String token(long workspaceId, long emailId) {
        return emailId + "." + signature(key(workspaceId), emailId);
    }

    /** The link a recipient opens: the public address of the application and the token. */
    String url(String token) {
        String base = settings.publicUrl().endsWith("/")
                ? settings.publicUrl().substring(0, settings.publicUrl().length() - 1)
                : settings.publicUrl();
        return base + "/unsubscribe/" + token;
    }

    /** The id of the email a genuine token was made for; empty for anything else. */
    Optional<Long> verify(String token) {
        if (token == null || token.length() > 120) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1 || !token.substring(0, dot).chars().allMatch(Character::isDigit) || dot > 18) {
            return Optional.empty();
        }
        long emailId = Long.parseLong(token.substring(0, dot));
        Optional<Long> workspace = jdbc.sql("SELECT workspace_id FROM nurture_email WHERE id = ?")
                .param(emailId)
                .query(Long.class)
                .optional();
        if (workspace.isEmpty()) {
            return Optional.empty();
        }
        byte[] expected = signature(key(workspace.get()), emailId).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(emailId) : Optional.empty();
    }

    private String key(long workspaceId) {
        Optional<String> key = stored(workspaceId);
        if (key.isPresent()) {
            return key.get();
        }
        try {
            jdbc.sql("INSERT INTO nurture_signing_key (workspace_id, secret) VALUES (?, ?)")
                    .params(workspaceId, SecretTokens.generate())
                    .update();
        } catch (DuplicateKeyException e) {
            // another instance made it first; use theirs
        }
        return stored(workspaceId).orElseThrow();
    }

    private Optional<String> stored(long workspaceId) {
        return jdbc.sql("SELECT secret FROM nurture_signing_key WHERE workspace_id = ?")
                .param(workspaceId)
                .query(String.class)
                .optional();
    }

    private static String signature(String key, long emailId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] sig = mac.doFinal(("unsubscribe:" + emailId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
