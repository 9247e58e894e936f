package io.closewright.identity;

import io.github.bucket4j.Bucket;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: each account and each client address has a budget of failed logins
 * that refills over the window; an empty budget refuses further attempts (429 on the API, a message on
 * the login page) before any password is checked. Successful logins cost nothing.
 */
@Component
class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final IdentitySettings settings;
    private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

    LoginThrottle(IdentitySettings settings) {
        this.settings = settings;
    }

    boolean isBlocked(String email, String address) {
        return empty(accounts.get(key(email))) || empty(addresses.get(address));
    }

    void recordFailure(String email, String address) {
        forget();
        accounts.computeIfAbsent(key(email), k -> bucket(settings.loginFailuresPerAccount()))
                .tryConsume(1);
        addresses
                .computeIfAbsent(address, k -> bucket(settings.loginFailuresPerAddress()))
                .tryConsume(1);
    }

    private Bucket bucket(int capacity) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, settings.loginFailureWindow()))
                .build();
    }

    private static boolean empty(Bucket bucket) {
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    private void forget() {
        if (accounts.size() > MAX_TRACKED || addresses.size() > MAX_TRACKED) {
            accounts.clear();
            addresses.clear();
        }
    }

    private static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
