package io.closewright.identity;

import io.closewright.shared.SecretTokens;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bearer tokens for the API: 256 random bits handed out once; only their SHA-256 hash is stored, so a
 * database leak reveals no usable token. Checking a token costs one indexed lookup (none while cached), not a
 * password hash.
 */
@Component
class ApiTokens {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TokenPrincipals cache;

    ApiTokens(JdbcClient jdbc, Clock clock, IdentitySettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cache = new TokenPrincipals(settings.tokenCacheTtl(), clock);
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

    /**
     * The active user the token belongs to, if the token is known and not expired: one indexed query, or
     * none while the token's principal is in the short-lived cache ({@link TokenPrincipals}).
     */
    Optional<UserPrincipal> principalOf(String token) {
        if (token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return cache.principal(hash(token), this::load);
    }

    /** Forgets the cached principals of the user's tokens: their access changed or ended. */
    void forget(long userId) {
        cache.forget(userId);
    }

    private Optional<TokenPrincipals.Found> load(String tokenHash) {
        return jdbc.sql("SELECT u.id, u.workspace_id, u.email, u.name, u.role, u.manager_id, t.expires_at"
                        + " FROM api_token t JOIN app_user u ON u.id = t.user_id"
                        + " WHERE t.token_hash = ? AND t.expires_at > ? AND u.active = TRUE")
                .params(tokenHash, java.sql.Timestamp.from(clock.instant()))
                .query((rs, n) -> new TokenPrincipals.Found(
                        new UserPrincipal(
                                rs.getLong("id"),
                                rs.getLong("workspace_id"),
                                rs.getString("email"),
                                rs.getString("name"),
                                Role.valueOf(rs.getString("role")),
                                rs.getObject("manager_id", Long.class),
                                null,
                                true),
                        rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    static String hash(String token) {
        return SecretTokens.hash(token);
    }
}
