package io.closewright.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Form login over real HTTP: CSRF, sessions kept in the database, throttling and sign-out. */
@IntegrationTest
class FormLoginIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    Fixtures.Team team;
    HttpClient client;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
        client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    @Test
    void signsInWithCsrfAndKeepsTheSessionInTheDatabase() throws Exception {
        String email = team.repA1().user().email();
        assertThat(get("/pipeline").statusCode()).isEqualTo(302);
        assertThat(post("/login", "username=" + enc(email) + "&password=" + enc(Fixtures.PASSWORD))
                        .statusCode())
                .as("no CSRF token")
                .isEqualTo(403);

        HttpResponse<String> signedIn = signIn(email, Fixtures.PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(get("/pipeline").statusCode()).isEqualTo(200);
        long sessions = jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?")
                .param(email)
                .query(Long.class)
                .single();
        assertThat(sessions).isEqualTo(1);

        jdbc.sql("DELETE FROM spring_session WHERE principal_name = ?")
                .param(email)
                .update();
        assertThat(get("/pipeline").statusCode())
                .as("the session lives only in the database")
                .isEqualTo(302);
    }

    @Test
    void pageViewsWriteTheLastAccessAtMostOnceAMinute() throws Exception {
        String email = team.repA1().user().email();
        signIn(email, Fixtures.PASSWORD);
        assertThat(get("/pipeline").statusCode()).isEqualTo(200);
        long stored = lastAccess(email);

        for (int i = 0; i < 3; i++) {
            assertThat(get("/pipeline").statusCode()).isEqualTo(200);
        }
        assertThat(lastAccess(email))
                .as("page views within a minute leave the row alone")
                .isEqualTo(stored);

        long twoMinutesEarlier = stored - 120_000;
        jdbc.sql("UPDATE spring_session SET last_access_time = ? WHERE principal_name = ?")
                .params(twoMinutesEarlier, email)
                .update();
        assertThat(get("/pipeline").statusCode()).isEqualTo(200);
        assertThat(lastAccess(email))
                .as("a minute after the stored access the next page view writes it")
                .isGreaterThanOrEqualTo(stored);
    }

    private long lastAccess(String email) {
        return jdbc.sql("SELECT last_access_time FROM spring_session WHERE principal_name = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    @Test
    void wrongPasswordsAreRefusedAndThenThrottled() throws Exception {
        String email = team.repA2().user().email();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(email, "wrong-" + i)
                            .headers()
                            .firstValue("Location")
                            .orElse(""))
                    .endsWith("/login?error");
        }
        assertThat(signIn(email, Fixtures.PASSWORD)
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .endsWith("/login?throttled");
        assertThat(get("/login?throttled").body()).contains("Too many failed sign-ins");
        assertThat(get("/pipeline").statusCode()).isEqualTo(302);
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        signIn(team.managerA().user().email(), Fixtures.PASSWORD);
        String token = csrf(get("/pipeline").body());
        HttpResponse<String> out = post("/logout", "_csrf=" + enc(token));
        assertThat(out.headers().firstValue("Location").orElse("")).endsWith("/login?logout");
        assertThat(get("/pipeline").statusCode()).isEqualTo(302);
    }

    @Test
    void repsCannotOpenAdminPages() throws Exception {
        signIn(team.repB1().user().email(), Fixtures.PASSWORD);
        assertThat(get("/admin/users").statusCode()).isEqualTo(403);
        signInFresh(team.admin().user().email());
        assertThat(get("/admin/users").statusCode()).isEqualTo(200);
    }

    private void signInFresh(String email) throws Exception {
        client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(email, Fixtures.PASSWORD);
    }

    private HttpResponse<String> signIn(String email, String password) throws Exception {
        String token = csrf(get("/login").body());
        return post("/login", "username=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(token));
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF field in the page").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
