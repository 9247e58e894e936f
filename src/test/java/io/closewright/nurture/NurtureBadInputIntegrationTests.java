package io.closewright.nurture;

import static io.closewright.nurture.NurtureDeals.campaign;
import static io.closewright.nurture.NurtureDeals.dealWithContacts;
import static io.closewright.nurture.NurtureDeals.nurture;
import static io.closewright.nurture.NurtureDeals.step;
import static io.closewright.nurture.NurtureDeals.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Bad input to nurture answers problem+json naming the field, and changes nothing: no reason, an
 * unknown or foreign campaign, a closed deal, reviving an open deal, a campaign without steps or with a
 * negative wait, a rep making a campaign, someone else's deal.
 */
@IntegrationTest
class NurtureBadInputIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Fixtures.Team team;
    Api rep;
    Api manager;
    long campaign;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
        rep = team.repA1().api();
        manager = team.managerA().api();
        campaign = campaign(manager, "Drip");
    }

    @Test
    void aCampaignNeedsStepsWithWaitsOfZeroOrMoreDaysAndKnownPlaceholders() {
        assertField(manager.post("/api/campaigns", Map.of("name", "Empty", "steps", List.of())), 400, "steps");
        assertField(manager.post("/api/campaigns", Map.of("name", "No steps")), 400, "steps");
        assertField(
                manager.post("/api/campaigns", Map.of("name", "Negative", "steps", List.of(step(-1, "Hi", "Body")))),
                400,
                "steps[0].afterDays");
        assertField(
                manager.post(
                        "/api/campaigns", Map.of("name", "Typo", "steps", List.of(step(1, "Hi {{frstName}}", "Body")))),
                400,
                "steps[0].subject");
        assertField(
                manager.post("/api/campaigns", Map.of("name", " ", "steps", List.of(step(1, "Hi", "B")))), 400, "name");
        assertField(
                manager.post("/api/campaigns", Map.of("name", "Blank body", "steps", List.of(step(1, "Hi", " ")))),
                400,
                "steps[0].body");
        Api.Response byRep = rep.post("/api/campaigns", Map.of("name", "Mine", "steps", List.of(step(1, "Hi", "B"))));
        assertThat(byRep.status()).isEqualTo(403);
        assertThat(byRep.contentType()).contains("application/problem+json");
        assertThat(rep.get("/api/campaigns").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void movingToNurtureNeedsAReasonAKnownCampaignAndAnOpenDeal() {
        NurtureDeals.Deal deal = dealWithContacts(rep, "Careful deal", unique("dan"));
        assertField(nurture(rep, deal.id(), campaign, " "), 400, "reason");
        assertField(
                rep.post("/api/opportunities/" + deal.id() + "/nurture", Map.of("campaignId", campaign)),
                400,
                "reason");
        assertField(nurture(rep, deal.id(), 999_999_999L, "Later"), 400, "campaignId");
        long foreignCampaign = campaign(fixtures.team(port).managerA().api(), "Elsewhere");
        assertField(nurture(rep, deal.id(), foreignCampaign, "Later"), 400, "campaignId");
        assertField(
                rep.post("/api/opportunities/" + deal.id() + "/nurture", Map.of("reason", "Later")), 400, "campaignId");
        assertThat(rep.get("/api/opportunities/" + deal.id())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("OPEN");
        assertThat(rep.get("/api/opportunities/" + deal.id() + "/nurture")
                        .json()
                        .get("enrolments")
                        .size())
                .isZero();
        assertThat(rep.get("/api/opportunities/" + deal.id() + "/history")
                        .json()
                        .size())
                .isZero();

        Map<String, Object> lost = new HashMap<>(Map.of("outcome", "LOST", "reason", "Went elsewhere"));
        assertThat(rep.post("/api/opportunities/" + deal.id() + "/close", lost).status())
                .isEqualTo(200);
        assertField(nurture(rep, deal.id(), campaign, "Later"), 400, "status");
        assertThat(rep.get("/api/opportunities/" + deal.id())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("LOST");
    }

    @Test
    void revivingNeedsANurturedDealAndANewCloseDateFromToday() {
        NurtureDeals.Deal deal = dealWithContacts(rep, "Open deal", unique("eve"));
        assertField(
                rep.post("/api/opportunities/" + deal.id() + "/revive", Map.of("closeDate", "2027-01-29")),
                400,
                "status");
        assertThat(nurture(rep, deal.id(), campaign, "Later").status()).isEqualTo(200);
        assertField(rep.post("/api/opportunities/" + deal.id() + "/revive", Map.of()), 400, "closeDate");
        assertField(
                rep.post("/api/opportunities/" + deal.id() + "/revive", Map.of("closeDate", "2026-11-30")),
                400,
                "closeDate");
        assertField(rep.post("/api/opportunities/" + deal.id() + "/revive", Map.of("closeDate", "soon")), 400, null);
        assertThat(rep.get("/api/opportunities/" + deal.id())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("NURTURE");
    }

    @Test
    void someoneElsesDealAnswers404LikeAMissingOne() {
        NurtureDeals.Deal deal = dealWithContacts(team.repB1().api(), "Other team deal", unique("fay"));
        assertThat(nurture(rep, deal.id(), campaign, "Later").status()).isEqualTo(404);
        assertThat(nurture(rep, 999_999_999L, campaign, "Later").status()).isEqualTo(404);
        assertThat(rep.post("/api/opportunities/" + deal.id() + "/revive", Map.of("closeDate", "2027-01-29"))
                        .status())
                .isEqualTo(404);
        assertThat(rep.get("/api/opportunities/" + deal.id() + "/nurture").status())
                .isEqualTo(404);
        assertThat(team.repB1()
                        .api()
                        .get("/api/opportunities/" + deal.id())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("OPEN");
    }

    private static void assertField(Api.Response r, int status, String field) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.contentType()).contains("application/problem+json");
        JsonNode body = r.json();
        assertThat(body.get("title").isNull()).isFalse();
        assertThat(body.get("detail").isNull()).isFalse();
        if (field != null) {
            assertThat(body.get("errors").findValuesAsString("field")).contains(field);
        }
    }
}
