package io.closewright.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Content-Security-Policy and other headers on pages, the API and the buyer page; HSTS and Secure
 * cookies over TLS; metrics only for admins and the scraper's token.
 */
@IntegrationTest
class SecurityHeadersIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Fixtures.Team team;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
    }

    @Test
    void pagesAndTheBuyerPageRunOnlyOurOwnScripts() throws Exception {
        for (String path : new String[] {"/login", "/share/not-a-real-link"}) {
            HttpResponse<String> page = get(path, null, false);
            String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(policy).as(path).isEqualTo(SecurityHeaders.PAGE_POLICY);
            assertThat(scriptSources(policy)).isEqualTo("'self'");
            assertThat(policy).contains("object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'");
            assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    @Test
    void apiAnswersMayLoadNothing() throws Exception {
        HttpResponse<String> api = get("/api/me", "Bearer " + token(team.repA1()), false);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void overTlsBrowsersAreToldToStayOnTlsAndCookiesAreSecure() throws Exception {
        HttpResponse<String> secure = get("/pipeline", null, true);
        assertThat(secure.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000 ; includeSubDomains");
        assertThat(secure.headers().allValues("Set-Cookie"))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).contains("Secure", "HttpOnly"));

        HttpResponse<String> plain = get("/pipeline", null, false);
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void metricsNeedAnAdminOrTheScrapersToken() throws Exception {
        assertThat(get("/actuator/health", null, false).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus", null, false).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "Bearer " + token(team.repA1()), false)
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/actuator/prometheus", "Bearer wrong-token", false).statusCode())
                .isEqualTo(401);

        HttpResponse<String> admin = get("/actuator/prometheus", "Bearer " + token(team.admin()), false);
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("jvm_");
        HttpResponse<String> scraper = get("/actuator/prometheus", "Bearer test-metrics-token", false);
        assertThat(scraper.statusCode()).isEqualTo(200);
        assertThat(scraper.body()).contains("http_server_requests");

        assertThat(get("/api/me", "Bearer test-metrics-token", false).statusCode())
                .as("the scraper's token opens nothing else")
                .isEqualTo(401);
    }

    private static String scriptSources(String policy) {
        for (String directive : policy.split(";")) {
            String d = directive.trim();
            if (d.startsWith("script-src ")) {
                return d.substring("script-src ".length());
            }
        }
        return "";
    }

    private static String token(Fixtures.Member member) {
        return member.api()
                .post(
                        "/api/auth/token",
                        java.util.Map.of("email", member.user().email(), "password", Fixtures.PASSWORD))
                .json()
                .get("token")
                .asString();
    }

    private HttpResponse<String> get(String path, String authorization, boolean overTls) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (overTls) {
            request.header("X-Forwarded-Proto", "https");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
