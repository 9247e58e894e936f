package io.closewright.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.ask.BuyerCommented;
import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import tools.jackson.databind.JsonNode;

/**
 * The module reactions to the buyer, as Modulith scenarios on both databases: a buyer's comment
 * ({@code BuyerCommented} published) and a buyer's completed step (marked on the shared plan page) reach
 * the deal owner's inbox after the buyer's change committed, and the completed step is on the deal's
 * timeline.
 */
@IntegrationTest
@EnableScenarios
class BuyerNoticeIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void aBuyersCommentReachesTheDealOwnersInbox(Scenario scenario) {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        long deal = Deals.open(rep, "Commented deal").id();

        scenario.publish(new BuyerCommented(
                        deal, team.workspace().id(), team.repA1().id(), "Can legal start on Monday?"))
                .andWaitForStateChange(() -> NotificationApiIntegrationTests.unread(rep), n -> n == 1)
                .andVerify(n -> assertThat(n).isEqualTo(1));
        JsonNode entry = rep.get("/api/notifications").json().get("items").get(0);
        assertThat(entry.get("kind").asString()).isEqualTo("buyer-comment");
        assertThat(entry.get("title").asString()).isEqualTo("The buyer commented on Commented deal");
        assertThat(entry.get("body").asString()).isEqualTo("Can legal start on Monday?");
        assertThat(entry.get("link").asString()).isEqualTo("/opportunities/" + deal);
        assertThat(NotificationApiIntegrationTests.unread(team.managerA().api()))
                .isZero();
    }

    @Test
    void aBuyersCompletedStepIsOnTheTimelineAndInTheOwnersInbox(Scenario scenario) {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        long deal = Deals.open(rep, "Buyer step deal").id();
        rep.put("/api/opportunities/" + deal + "/plan", Map.of("templateId", "standard"), null);
        for (String seller : new String[] {"discovery", "success-criteria", "technical-validation"}) {
            rep.post("/api/opportunities/" + deal + "/plan/steps/" + seller + "/done", Map.of());
        }
        String link = shareLink(rep, deal);

        scenario.stimulate(() -> post(link + "/steps/security-review/done", ""))
                .andWaitForStateChange(() -> NotificationApiIntegrationTests.unread(rep), n -> n == 1)
                .andVerify((n, status) -> assertThat(status).isEqualTo(302));

        JsonNode timeline = rep.get("/api/opportunities/" + deal + "/timeline?kind=BUYER_STEP_DONE")
                .json()
                .get("items");
        assertThat(timeline.size()).isEqualTo(1);
        assertThat(timeline.get(0).toString()).contains("The buyer marked a step done");
        Notices.waitUntil(() -> NotificationApiIntegrationTests.unread(rep) == 1);
        assertThat(rep.get("/api/notifications")
                        .json()
                        .get("items")
                        .get(0)
                        .get("kind")
                        .asString())
                .isEqualTo("buyer-step");
    }

    private static String shareLink(Api rep, long deal) {
        Api.Response link = rep.post("/api/opportunities/" + deal + "/share-links", Map.of("expiresInDays", 14));
        assertThat(link.status()).as(link.text()).isEqualTo(201);
        return link.json().get("url").asString();
    }

    private static int post(String url, String form) {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(form))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
