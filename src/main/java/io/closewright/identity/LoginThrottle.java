package io.closewright.identity;

import io.closewright.shared.SecretTokens;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without locking the owner out. Failures count per (account, client
 * address) pair, in the database so every instance shares them: after a few free failures each further
 * one makes that pair wait longer ({@link LoginDelays}); while it waits, attempts are refused before any
 * password is checked (429 on the API, a message on the login page). The same account from another
 * address, and other accounts from the same address, are not affected. A successful sign-in clears the
 * pair; pairs with no failure for the window are forgotten, so the table stays small without ever
 * being emptied at once.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final IdentitySettings settings;
    private final LoginDelays delays;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, IdentitySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.delays = settings.loginDelays();
        this.clock = clock;
    }

    boolean isBlocked(String email, String address) {
        return jdbc.sql("SELECT COUNT(*) FROM login_failure WHERE throttle_key = ? AND blocked_until > ?")
                        .params(key(email, address), Timestamp.from(clock.instant()))
                        .query(Long.class)
                        .single()
                > 0;
    }

    void recordFailure(String email, String address) {
        Instant now = clock.instant();
        forgetOlderThan(now);
        String key = key(email, address);
        if (countFailure(key, now) == 0) {
            try {
                jdbc.sql("INSERT INTO login_failure (throttle_key, failures, last_failure_at, blocked_until)"
                                + " VALUES (?, 1, ?, ?)")
                        .params(key, Timestamp.from(now), Timestamp.from(now))
                        .update();
            } catch (DuplicateKeyException raced) {
                countFailure(key, now);
            }
        }
        int failures = jdbc.sql("SELECT failures FROM login_failure WHERE throttle_key = ?")
                .param(key)
                .query(Integer.class)
                .single();
        Timestamp until = Timestamp.from(now.plus(delays.after(failures)));
        jdbc.sql("UPDATE login_failure SET blocked_until = ? WHERE throttle_key = ? AND blocked_until < ?")
                .params(until, key, until)
                .update();
    }

    void recordSuccess(String email, String address) {
        jdbc.sql("DELETE FROM login_failure WHERE throttle_key = ?")
                .param(key(email, address))
                .update();
    }

    private int countFailure(String key, Instant now) {
        Timestamp windowStart = Timestamp.from(now.minus(settings.loginFailureWindow()));
        return jdbc.sql(
                        "UPDATE login_failure SET failures = CASE WHEN last_failure_at < ? THEN 1 ELSE failures + 1 END,"
                                + " last_failure_at = ? WHERE throttle_key = ?")
                .params(windowStart, Timestamp.from(now), key)
                .update();
    }

    private void forgetOlderThan(Instant now) {
        jdbc.sql("DELETE FROM login_failure WHERE last_failure_at < ? AND blocked_until < ?")
                .params(Timestamp.from(now.minus(settings.loginFailureWindow())), Timestamp.from(now))
                .update();
    }

    static String key(String email, String address) {
        String account = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return SecretTokens.hash(account + "\n" + (address == null ? "" : address));
    }
}
