package io.closewright.identity;

import io.closewright.shared.SecretTokens;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bearer tokens for the API: 256 random bits handed out once; only their SHA-256 hash is stored, so a
 * database leak reveals no usable token. Checking a token costs one indexed lookup, not a password hash.
 */
@Component
class ApiTokens {

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    IssuedToken issue(AppUser user, java.time.Duration ttl) {
        String token = SecretTokens.generate();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(ttl);
        jdbc.sql(
                        "INSERT INTO api_token (workspace_id, user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(
                        user.workspaceId,
                        user.id,
                        hash(token),
                        java.sql.Timestamp.from(now),
                        java.sql.Timestamp.from(expiresAt))
                .update();
        return new IssuedToken(token, expiresAt);
    }

    /** The id of the active user the token belongs to, if the token is known and not expired. */
    Optional<Long> userOf(String token) {
        if (token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT t.user_id FROM api_token t JOIN app_user u ON u.id = t.user_id"
                        + " WHERE t.token_hash = ? AND t.expires_at > ? AND u.active = TRUE")
                .params(hash(token), java.sql.Timestamp.from(clock.instant()))
                .query(Long.class)
                .optional();
    }

    static String hash(String token) {
        return SecretTokens.hash(token);
    }
}
