package io.closewright.ask;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.TestClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The buyer's shared page over real HTTP, without an account. */
@IntegrationTest
class BuyerPageIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newBuilder().build();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    Api rep;
    long deal;
    String url;
    long linkId;

    @BeforeEach
    void setUp() {
        Fixtures.Team team = fixtures.team(port);
        rep = team.repA1().api();
        Api.Response opened = Deals.open(rep, "Shared deal");
        deal = opened.id();
        rep.patch(
                "/api/opportunities/" + deal, Map.of("forecastCategory", "COMMIT", "amount", 98765.43), opened.etag());
        rep.put("/api/opportunities/" + deal + "/plan", Map.of("templateId", "standard"), null);
        long contact = rep.post(
                        "/api/accounts/" + opened.json().get("accountId").asLong() + "/contacts",
                        Map.of("name", "Pat Buyer", "role", "CHAMPION"))
                .id();
        rep.post(
                "/api/opportunities/" + deal + "/asks",
                Map.of(
                        "contactId",
                        contact,
                        "action",
                        "send the security questionnaire",
                        "outcome",
                        "a finished security review",
                        "dueDate",
                        "2026-12-10"));
        Api.Response link = rep.post(
                "/api/opportunities/" + deal + "/share-links", Map.of("contactId", contact, "expiresInDays", 14));
        assertThat(link.status()).as(link.text()).isEqualTo(201);
        url = link.json().get("url").asString();
        linkId = link.id();
    }

    @Test
    void worksWithoutLoginAndShowsThePlanAndTheAsksButNoInternalFields() throws Exception {
        HttpResponse<String> page = get(url);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        String html = page.body();
        assertThat(html)
                .contains("Shared deal")
                .contains("Security review and questionnaire")
                .contains("Signature")
                .contains("If you send the security questionnaire, it will get us to a finished security review.");
        for (String internal : List.of(
                "98765",
                "98,765",
                "COMMIT",
                "Commit",
                "probability",
                "Probability",
                "Pipeline",
                "forecast",
                "Forecast",
                "stage")) {
            assertThat(html).as("internal field " + internal).doesNotContain(internal);
        }
        assertThat(html).as("the stage name").doesNotContainPattern("(?i)discover(?!y)");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM share_visit WHERE share_link_id = ?")
                        .param(linkId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void expiredRevokedAlteredAndRandomTokensShowNothingAndLookAlike() throws Exception {
        String token = url.substring(url.lastIndexOf('/') + 1);
        String altered = url.substring(0, url.length() - 1) + (token.endsWith("A") ? "B" : "A");
        String random = "http://localhost:" + port + "/share/" + io.closewright.shared.SecretTokens.generate();
        HttpResponse<String> a = get(altered);
        HttpResponse<String> r = get(random);
        assertThat(a.statusCode()).isEqualTo(404);
        assertThat(r.body()).isEqualTo(a.body());
        assertThat(a.body()).doesNotContain("Shared deal");

        clock.set(Instant.parse("2026-12-16T09:00:00Z"));
        try {
            HttpResponse<String> expired = get(url);
            assertThat(expired.statusCode()).isEqualTo(404);
            assertThat(expired.body()).isEqualTo(a.body());
        } finally {
            clock.reset();
        }
        assertThat(get(url).statusCode()).isEqualTo(200);
        assertThat(rep.delete("/api/opportunities/" + deal + "/share-links/" + linkId)
                        .status())
                .isEqualTo(204);
        HttpResponse<String> revoked = get(url);
        assertThat(revoked.statusCode()).isEqualTo(404);
        assertThat(revoked.body()).isEqualTo(a.body());
        assertThat(post(url + "/comments", "body=hello").statusCode()).isEqualTo(404);
    }

    @Test
    void theBuyerCompletesBuyerStepsOnlyAndCommentsAndTheRepSeesIt() throws Exception {
        assertThat(post(url + "/steps/discovery/done", "").statusCode())
                .as("a seller step")
                .isEqualTo(404);
        rep.post("/api/opportunities/" + deal + "/plan/steps/discovery/done", Map.of());
        rep.post("/api/opportunities/" + deal + "/plan/steps/success-criteria/done", Map.of());
        rep.post("/api/opportunities/" + deal + "/plan/steps/technical-validation/done", Map.of());
        HttpResponse<String> done = post(url + "/steps/security-review/done", "");
        assertThat(done.statusCode()).isEqualTo(302);
        var step = rep.get("/api/opportunities/" + deal + "/plan").json().get("steps");
        boolean securityDone = false;
        for (var s : step) {
            if (s.get("key").asString().equals("security-review")) {
                securityDone = s.get("status").asString().equals("DONE");
            }
        }
        assertThat(securityDone).isTrue();
        assertThat(post(url + "/comments", "body=Can+we+move+legal+earlier%3F").statusCode())
                .isEqualTo(302);
        assertThat(jdbc.sql("SELECT body FROM buyer_comment WHERE opportunity_id = ?")
                        .param(deal)
                        .query(String.class)
                        .single())
                .isEqualTo("Can we move legal earlier?");
        assertThat(rep.get("/api/opportunities/" + deal + "/share-links")
                        .json()
                        .get(0)
                        .get("visits")
                        .asLong())
                .isZero();
    }

    @Test
    void aBuyerCannotTouchAnotherDeal() throws Exception {
        Api.Response other = Deals.open(rep, "Other deal");
        rep.put(
                "/api/opportunities/" + other.id() + "/plan",
                Map.of(
                        "steps",
                        List.of(Map.of(
                                "key",
                                "other-buyer-step",
                                "title",
                                "Other buyer step",
                                "owner",
                                "BUYER",
                                "durationDays",
                                2))),
                null);
        assertThat(post(url + "/steps/other-buyer-step/done", "").statusCode()).isEqualTo(404);
        String status = rep.get("/api/opportunities/" + other.id() + "/plan")
                .json()
                .get("steps")
                .get(0)
                .get("status")
                .asString();
        assertThat(status).isEqualTo("OPEN");
        assertThat(get(url).body()).doesNotContain("Other deal").doesNotContain("Other buyer step");
    }

    @Test
    void refusesBadLinks() {
        assertThat(rep.post("/api/opportunities/" + deal + "/share-links", Map.of("expiresInDays", 91))
                        .status())
                .isEqualTo(400);
        assertThat(rep.post("/api/opportunities/" + deal + "/share-links", Map.of("expiresInDays", 0))
                        .status())
                .isEqualTo(400);
        assertThat(rep.post("/api/opportunities/" + deal + "/share-links", Map.of("contactId", 424242))
                        .status())
                .isEqualTo(400);
        assertThat(rep.delete("/api/opportunities/" + deal + "/share-links/987654")
                        .status())
                .isEqualTo(404);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String form) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
