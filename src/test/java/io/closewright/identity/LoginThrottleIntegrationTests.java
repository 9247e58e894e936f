package io.closewright.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.TestClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sign-in throttling per (account, address) pair with growing delays, kept in the database. Client
 * addresses come from {@code X-Forwarded-For}, which the test profile trusts from localhost as a load
 * balancer in front of the application would send it.
 */
@IntegrationTest
class LoginThrottleIntegrationTests {

    private static final String ATTACKER = "203.0.113.66";
    private static final String OWNER = "198.51.100.7";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    Fixtures.Team team;
    String email;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-12-01T10:00:00Z").plusSeconds(System.nanoTime() % 100_000));
        team = fixtures.team(port);
        email = team.repA1().user().email();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theRightPasswordStillSignsInWhileAnAttackerIsThrottled() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(email, "guess-" + i, ATTACKER)).isEqualTo(401);
        }
        assertThat(signIn(email, "guess-5", ATTACKER)).isEqualTo(429);
        assertThat(signIn(email, Fixtures.PASSWORD, ATTACKER))
                .as("refused before the password is checked")
                .isEqualTo(429);

        assertThat(signIn(email, Fixtures.PASSWORD, OWNER)).isEqualTo(200);
    }

    @Test
    void eachFurtherFailureDoublesTheWait() throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn(email, "guess-" + i, ATTACKER);
        }
        assertThat(signIn(email, "guess", ATTACKER)).isEqualTo(429);
        clock.set(clock.instant().plusSeconds(31));
        assertThat(signIn(email, "sixth-guess", ATTACKER)).isEqualTo(401);
        assertThat(signIn(email, "guess", ATTACKER)).isEqualTo(429);
        clock.set(clock.instant().plusSeconds(31));
        assertThat(signIn(email, "guess", ATTACKER))
                .as("the wait is now a minute")
                .isEqualTo(429);
        clock.set(clock.instant().plusSeconds(30));
        assertThat(signIn(email, Fixtures.PASSWORD, ATTACKER)).isEqualTo(200);
        assertThat(failuresOf(email, ATTACKER)).as("a sign-in clears the pair").isZero();
    }

    @Test
    void failuresAgainstManyAccountsDoNotLockOutOthersBehindTheSameAddress() throws Exception {
        for (int i = 0; i < 30; i++) {
            assertThat(signIn("nobody-" + i + "@example.com", "guess", ATTACKER))
                    .isEqualTo(401);
        }
        assertThat(signIn(email, Fixtures.PASSWORD, ATTACKER)).isEqualTo(200);
    }

    @Test
    void pairsAreForgottenOnlyOnceTheirWindowHasPassed() throws Exception {
        String other = team.repA2().user().email();
        signIn(email, "guess", ATTACKER);
        clock.set(clock.instant().plus(Duration.ofMinutes(10)));
        signIn(other, "guess", ATTACKER);
        assertThat(failuresOf(email, ATTACKER)).isEqualTo(1);

        clock.set(clock.instant().plus(Duration.ofMinutes(6)));
        signIn("someone-else@example.com", "guess", OWNER);

        assertThat(failuresOf(email, ATTACKER)).as("16 minutes old: forgotten").isZero();
        assertThat(failuresOf(other, ATTACKER)).as("6 minutes old: kept").isEqualTo(1);
    }

    private int signIn(String email, String password, String address) throws IOException, InterruptedException {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/token"))
                                .header("Content-Type", "application/json")
                                .header("X-Forwarded-For", address)
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private int failuresOf(String email, String address) {
        return jdbc.sql("SELECT failures FROM login_failure WHERE throttle_key = ?")
                .param(LoginThrottle.key(email, address))
                .query(Integer.class)
                .optional()
                .orElse(0);
    }
}
