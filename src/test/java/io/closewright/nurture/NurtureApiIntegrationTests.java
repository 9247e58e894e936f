package io.closewright.nurture;

import static io.closewright.nurture.NurtureDeals.campaign;
import static io.closewright.nurture.NurtureDeals.dealWithContacts;
import static io.closewright.nurture.NurtureDeals.nurture;
import static io.closewright.nurture.NurtureDeals.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.PageSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Moving deals to nurture and reviving them over the API, on H2 and PostgreSQL: the deal leaves every
 * open list and the board, keeps its history, its contacts are enrolled; a revived deal is open with its
 * new date, its plan re-dated and its drip stopped. Today is Tue 1 Dec 2026.
 */
@IntegrationTest
class NurtureApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Fixtures.Team team;
    Api rep;
    long campaign;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
        rep = team.repA1().api();
        campaign = campaign(team.managerA().api(), "Winter drip");
    }

    @Test
    void aNurturedDealLeavesTheOpenListsAndTheBoardKeepsItsHistoryAndEnrolsItsContacts() {
        NurtureDeals.Deal deal = dealWithContacts(rep, "Parked deal", unique("ann"), unique("bob"));
        PageSession page = PageSession.signIn(port, team.repA1().user().email(), Fixtures.PASSWORD, "/pipeline");
        assertThat(page.get("/pipeline").text()).contains("Parked deal");
        assertThat(openIds()).contains(deal.id());

        Api.Response moved = nurture(rep, deal.id(), campaign, "Budget frozen until Q2");

        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        JsonNode body = moved.json();
        assertThat(body.get("opportunity").get("status").asString()).isEqualTo("NURTURE");
        assertThat(body.get("enrolments").size()).isEqualTo(2);
        for (JsonNode enrolment : body.get("enrolments")) {
            assertThat(enrolment.get("emails").size()).isEqualTo(3);
            assertThat(enrolment.get("reason").asString()).isEqualTo("Budget frozen until Q2");
            assertThat(enrolment.get("stoppedAt").isNull()).isTrue();
        }
        assertThat(openIds()).doesNotContain(deal.id());
        assertThat(ids(rep.get("/api/opportunities?status=NURTURE&size=200").json()))
                .contains(deal.id());
        assertThat(page.get("/pipeline").text()).doesNotContain("Parked deal");
        assertThat(page.get("/opportunities").text()).doesNotContain("Parked deal");
        JsonNode history =
                rep.get("/api/opportunities/" + deal.id() + "/history").json();
        assertThat(history.get(0).get("field").asString()).isEqualTo("status");
        assertThat(history.get(0).get("to").asString()).isEqualTo("NURTURE");
        assertThat(history.get(0).get("reason").asString()).isEqualTo("Budget frozen until Q2");
        assertThat(kinds(deal.id())).contains("NURTURED");
    }

    @Test
    void aNurturedDealCountsInNoForecastFigure() {
        NurtureDeals.Deal deal = dealWithContacts(rep, "Forecast-parked deal", unique("fay"));
        JsonNode opportunity = rep.get("/api/opportunities/" + deal.id()).json();
        String period = opportunity.get("closeDate").asString().substring(0, 7);
        java.math.BigDecimal amount = opportunity.get("amount").decimalValue();
        java.math.BigDecimal before = openFigures(period);

        assertThat(nurture(rep, deal.id(), campaign, "Not this quarter").status())
                .isEqualTo(200);

        assertThat(before.subtract(openFigures(period))).isEqualByComparingTo(amount);
    }

    /** Commit, best case and pipeline of the rep's own forecast for the period, added up. */
    private java.math.BigDecimal openFigures(String period) {
        JsonNode figures = rep.get("/api/forecast?period=" + period).json().get("figures");
        return figures.get("commit")
                .decimalValue()
                .add(figures.get("bestCase").decimalValue())
                .add(figures.get("pipeline").decimalValue());
    }

    @Test
    void revivingReopensTheDealWithItsNewDateReDatesThePlanAndStopsTheDrip() {
        NurtureDeals.Deal deal = dealWithContacts(rep, "Ripening deal", unique("cleo"));
        Api.Response plan = rep.put(
                "/api/opportunities/" + deal.id() + "/plan",
                Map.of(
                        "steps",
                        List.of(
                                Map.of("key", "demo", "title", "Demo", "owner", "SELLER", "durationDays", 2),
                                Map.of(
                                        "key",
                                        "sign",
                                        "title",
                                        "Sign",
                                        "owner",
                                        "BUYER",
                                        "durationDays",
                                        1,
                                        "dependsOn",
                                        List.of("demo")))),
                null);
        assertThat(plan.status()).as(plan.text()).isEqualTo(200);
        assertThat(nurture(rep, deal.id(), campaign, "Not this quarter").status())
                .isEqualTo(200);

        Api.Response revived =
                rep.post("/api/opportunities/" + deal.id() + "/revive", Map.of("closeDate", "2027-02-26"));

        assertThat(revived.status()).as(revived.text()).isEqualTo(200);
        assertThat(revived.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(revived.json().get("closeDate").asString()).isEqualTo("2027-02-26");
        assertThat(revived.json().get("closeDatePushes").asInt()).isZero();
        assertThat(revived.etag()).isNotNull();
        JsonNode replanned =
                rep.get("/api/opportunities/" + deal.id() + "/plan").json();
        assertThat(replanned.get("targetCloseDate").asString()).isEqualTo("2027-02-26");
        assertThat(stepDue(replanned, "sign")).isEqualTo("2027-02-26");
        assertThat(stepDue(replanned, "demo")).isEqualTo("2027-02-25");
        JsonNode enrolment = rep.get("/api/opportunities/" + deal.id() + "/nurture")
                .json()
                .get("enrolments")
                .get(0);
        assertThat(enrolment.get("stoppedAt").isNull()).isFalse();
        assertThat(enrolment.get("stopReason").asString()).isEqualTo("REVIVED");
        for (JsonNode email : enrolment.get("emails")) {
            assertThat(email.get("status").asString()).isIn("CANCELLED", "SENT");
        }
        assertThat(openIds()).contains(deal.id());
        assertThat(kinds(deal.id())).contains("REVIVED", "NURTURED");
    }

    @Test
    void campaignsAreListedPagedAndChangedWithTheirVersion() {
        Api manager = team.managerA().api();
        JsonNode list = rep.get("/api/campaigns?size=10").json();
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("steps").size()).isEqualTo(3);
        Api.Response one = rep.get("/api/campaigns/" + campaign);
        assertThat(one.etag()).isNotNull();
        Map<String, Object> change =
                Map.of("name", "Renamed drip", "steps", List.of(NurtureDeals.step(3, "Hello {{firstName}}", "Body")));
        assertThat(manager.put("/api/campaigns/" + campaign, change, one.etag()).status())
                .isEqualTo(200);
        Api.Response stale = manager.put("/api/campaigns/" + campaign, change, one.etag());
        assertThat(stale.status()).isEqualTo(412);
        assertThat(manager.put("/api/campaigns/" + campaign, change, null).status())
                .isEqualTo(428);
        JsonNode changed = rep.get("/api/campaigns/" + campaign).json();
        assertThat(changed.get("name").asString()).isEqualTo("Renamed drip");
        assertThat(changed.get("steps").get(0).get("afterDays").asInt()).isEqualTo(3);
        assertThat(team.repB1().api().get("/api/campaigns/999999999").status()).isEqualTo(404);
        assertThat(fixtures.team(port)
                        .admin()
                        .api()
                        .get("/api/campaigns/" + campaign)
                        .status())
                .isEqualTo(404);
    }

    private List<Long> openIds() {
        return ids(rep.get("/api/opportunities?status=OPEN&size=200").json());
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    private List<String> kinds(long deal) {
        List<String> kinds = new ArrayList<>();
        rep.get("/api/opportunities/" + deal + "/timeline")
                .json()
                .get("items")
                .forEach(i -> kinds.add(i.get("kind").asString()));
        return kinds;
    }

    private static String stepDue(JsonNode plan, String key) {
        for (JsonNode step : plan.get("steps")) {
            if (step.get("key").asString().equals(key)) {
                return step.get("dueDate").asString();
            }
        }
        throw new AssertionError("no step " + key);
    }
}
