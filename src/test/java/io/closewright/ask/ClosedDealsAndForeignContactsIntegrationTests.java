package io.closewright.ask;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.PageSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A buyer link stops showing the deal once it is closed, and a plan step can be assigned only to a
 * contact of the deal's own account.
 */
@IntegrationTest
class ClosedDealsAndForeignContactsIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Fixtures.Team team;
    Api rep;
    long deal;
    long contact;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
        rep = team.repA1().api();
        Api.Response opened = Deals.open(rep, "Closing deal");
        deal = opened.id();
        contact = rep.post(
                        "/api/accounts/" + opened.json().get("accountId").asLong() + "/contacts",
                        Map.of("name", "Pat Buyer", "role", "CHAMPION"))
                .id();
    }

    @Test
    void aShareLinkShowsNothingOfTheDealOnceItIsClosed() throws Exception {
        rep.put("/api/opportunities/" + deal + "/plan", Map.of("templateId", "standard"), null);
        String url = rep.post(
                        "/api/opportunities/" + deal + "/share-links",
                        Map.of("contactId", contact, "expiresInDays", 14))
                .json()
                .get("url")
                .asString();
        assertThat(get(url).statusCode()).isEqualTo(200);
        String random = "http://localhost:" + port + "/share/" + io.closewright.shared.SecretTokens.generate();

        assertThat(rep.post("/api/opportunities/" + deal + "/close", Map.of("outcome", "LOST", "reason", "No budget"))
                        .status())
                .isEqualTo(200);

        HttpResponse<String> closed = get(url);
        assertThat(closed.statusCode()).isEqualTo(404);
        assertThat(closed.body())
                .doesNotContain("Closing deal")
                .isEqualTo(get(random).body());
        String token = url.substring(url.lastIndexOf('/') + 1);
        assertThat(post("/share/" + token + "/comments", "body=still+there%3F").statusCode())
                .isEqualTo(404);

        var link = rep.get("/api/opportunities/" + deal + "/share-links").json().get(0);
        assertThat(link.get("active").asBoolean()).isFalse();
        assertThat(link.get("status").asString()).isEqualTo("DEAL_CLOSED");
        PageSession page =
                PageSession.signIn(port, team.repA1().user().email(), Fixtures.PASSWORD, "/opportunities/" + deal);
        assertThat(page.get("/opportunities/" + deal + "/asks-section").text())
                .contains("Deal closed")
                .doesNotContain("/share-links/" + link.get("id").asLong() + "/revoke");
    }

    @Test
    void anOpenDealsLinkIsActiveUntilRevoked() {
        long link = rep.post(
                        "/api/opportunities/" + deal + "/share-links",
                        Map.of("contactId", contact, "expiresInDays", 14))
                .id();
        var listed =
                rep.get("/api/opportunities/" + deal + "/share-links").json().get(0);
        assertThat(listed.get("active").asBoolean()).isTrue();
        assertThat(listed.get("status").asString()).isEqualTo("ACTIVE");

        assertThat(rep.delete("/api/opportunities/" + deal + "/share-links/" + link)
                        .status())
                .isEqualTo(204);

        var revoked =
                rep.get("/api/opportunities/" + deal + "/share-links").json().get(0);
        assertThat(revoked.get("active").asBoolean()).isFalse();
        assertThat(revoked.get("status").asString()).isEqualTo("REVOKED");
    }

    @Test
    void aStepCannotBeAssignedToAContactOfAnotherAccount() {
        Api other = team.repB1().api();
        long foreignAccount = Deals.account(other, "Elsewhere");
        long foreign = other.post(
                        "/api/accounts/" + foreignAccount + "/contacts", Map.of("name", "Not Yours", "role", "USER"))
                .id();

        Api.Response refused = rep.put("/api/opportunities/" + deal + "/plan", Map.of("steps", steps(foreign)), null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("steps[1].assigneeContactId");
        assertThat(rep.get("/api/opportunities/" + deal + "/plan").status())
                .as("no plan was stored")
                .isEqualTo(404);

        Api.Response accepted = rep.put("/api/opportunities/" + deal + "/plan", Map.of("steps", steps(contact)), null);
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        assertThat(accepted.json().get("steps").get(1).get("assigneeContactId").asLong())
                .isEqualTo(contact);
    }

    private static List<Map<String, Object>> steps(long assignee) {
        return List.of(
                Map.of("key", "demo", "title", "Demo", "owner", "SELLER", "durationDays", 2, "dependsOn", List.of()),
                Map.of(
                        "key",
                        "review",
                        "title",
                        "Security review",
                        "owner",
                        "BUYER",
                        "durationDays",
                        3,
                        "dependsOn",
                        List.of("demo"),
                        "assigneeContactId",
                        assignee));
    }

    private HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
