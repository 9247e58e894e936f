package io.closewright.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends everything a user is signed in with: their web sessions (kept in {@code spring_session}, whose
 * attributes go with them) and their API tokens. Runs in the transaction that disables the user.
 */
@Component
class SignedInSessions {

    private final JdbcClient jdbc;
    private final ApiTokens tokens;

    SignedInSessions(JdbcClient jdbc, ApiTokens tokens) {
        this.jdbc = jdbc;
        this.tokens = tokens;
    }

    void endAll(AppUser user) {
        tokens.forget(user.id);
        jdbc.sql("DELETE FROM api_token WHERE user_id = ?").param(user.id).update();
        jdbc.sql("DELETE FROM spring_session WHERE principal_name = ?")
                .param(user.email)
                .update();
    }
}
