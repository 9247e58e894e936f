package io.closewright.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class OpportunityApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Fixtures.Team team;
    Api rep;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
        rep = team.repA1().api();
    }

    @Test
    void createsADealWithItsVersionProbabilityAndETag() {
        long account = Deals.account(rep, "Acme");
        Api.Response r = rep.post("/api/opportunities", Deals.deal(account, "Acme expansion", "2027-01-29"));

        assertThat(r.status()).isEqualTo(201);
        JsonNode deal = r.json();
        assertThat(deal.get("status").asString()).isEqualTo("OPEN");
        assertThat(deal.get("probability").asInt()).isEqualTo(20);
        assertThat(deal.get("closeDatePushes").asInt()).isZero();
        assertThat(deal.get("ownerId").asLong()).isEqualTo(team.repA1().id());
        assertThat(r.etag()).isEqualTo("\"" + deal.get("version").asLong() + "\"");
        assertThat(rep.get("/api/opportunities/" + deal.get("id").asLong())
                        .json()
                        .get("name")
                        .asString())
                .isEqualTo("Acme expansion");
    }

    @Test
    void patchNeedsTheCurrentVersion() {
        Api.Response created = Deals.open(rep, "Globex");
        String path = "/api/opportunities/" + created.id();

        Api.Response missing = rep.patch(path, Map.of("amount", 20000), null);
        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.contentType()).startsWith("application/problem+json");

        Api.Response ok = rep.patch(path, Map.of("amount", 20000), created.etag());
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("amount").decimalValue()).isEqualByComparingTo("20000");

        Api.Response stale = rep.patch(path, Map.of("amount", 30000), created.etag());
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("detail").asString()).contains("changed by someone else");
        assertThat(rep.get(path).json().get("amount").decimalValue()).isEqualByComparingTo("20000");
    }

    @Test
    void aLaterCloseDateNeedsAReasonAndCountsAsAPush() {
        Api.Response created = Deals.open(rep, "Initech");
        String path = "/api/opportunities/" + created.id();

        Api.Response noReason = rep.post(path + "/close-date", Map.of("closeDate", "2027-03-01"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

        Api.Response pushed =
                rep.post(path + "/close-date", Map.of("closeDate", "2027-03-01", "reason", "Budget moves to Q1"));
        assertThat(pushed.status()).isEqualTo(200);
        assertThat(pushed.json().get("closeDatePushes").asInt()).isEqualTo(1);

        Api.Response pulledIn = rep.post(path + "/close-date", Map.of("closeDate", "2027-02-15"));
        assertThat(pulledIn.status()).isEqualTo(200);
        assertThat(pulledIn.json().get("closeDatePushes").asInt()).isEqualTo(1);

        JsonNode history = rep.get(path + "/history").json();
        assertThat(history).hasSize(2);
        assertThat(history.get(1).get("field").asString()).isEqualTo("closeDate");
        assertThat(history.get(1).get("from").asString()).isEqualTo("2027-01-29");
        assertThat(history.get(1).get("to").asString()).isEqualTo("2027-03-01");
        assertThat(history.get(1).get("reason").asString()).isEqualTo("Budget moves to Q1");
        assertThat(history.get(1).get("changedById").asLong())
                .isEqualTo(team.repA1().id());
        assertThat(history.get(1).get("changedAt").asString()).isNotBlank();
    }

    @Test
    void closesAsWonOrLostOnceAndOnlyWithAReasonWhenLost() {
        Api.Response won = Deals.open(rep, "Umbrella");
        Api.Response winning = rep.post(
                "/api/opportunities/" + won.id() + "/close",
                Map.of("outcome", "WON", "closedOn", "2026-11-30", "amount", 14000));
        assertThat(winning.status()).isEqualTo(200);
        assertThat(winning.json().get("status").asString()).isEqualTo("WON");
        assertThat(winning.json().get("stage").asString()).isEqualTo("won");
        assertThat(winning.json().get("probability").asInt()).isEqualTo(100);
        assertThat(winning.json().get("amount").decimalValue()).isEqualByComparingTo("14000");
        assertThat(rep.post("/api/opportunities/" + won.id() + "/close", Map.of("outcome", "LOST", "reason", "x"))
                        .status())
                .isEqualTo(409);

        Api.Response lost = Deals.open(rep, "Hooli");
        assertThat(rep.post("/api/opportunities/" + lost.id() + "/close", Map.of("outcome", "LOST"))
                        .status())
                .isEqualTo(400);
        Api.Response losing = rep.post(
                "/api/opportunities/" + lost.id() + "/close",
                Map.of("outcome", "LOST", "reason", "Chose a competitor"));
        assertThat(losing.json().get("status").asString()).isEqualTo("LOST");
        assertThat(losing.json().get("closeReason").asString()).isEqualTo("Chose a competitor");
    }

    @Test
    void listsPageWithTotalsAndFilters() {
        long account = Deals.account(rep, "Stark");
        for (int i = 0; i < 7; i++) {
            Map<String, Object> body = Deals.deal(account, "Stark deal " + i, "2027-01-0" + (i + 1));
            body.put("stage", i < 3 ? "propose" : "discover");
            assertThat(rep.post("/api/opportunities", body).status()).isEqualTo(201);
        }
        JsonNode page = rep.get("/api/opportunities?size=5&page=0&sort=NAME").json();
        assertThat(page.get("total").asLong()).isEqualTo(7);
        assertThat(page.get("items")).hasSize(5);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(5);
        assertThat(rep.get("/api/opportunities?size=5&page=1").json().get("items"))
                .hasSize(2);
        assertThat(rep.get("/api/opportunities?stage=propose")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(3);
        assertThat(rep.get("/api/opportunities?closingFrom=2027-01-03&closingTo=2027-01-05")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(3);
        assertThat(rep.get("/api/opportunities?status=WON").json().get("total").asLong())
                .isZero();
        Deals.open(rep, "Elsewhere");
        assertThat(rep.get("/api/opportunities?accountId=" + account)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(7);
        assertThat(rep.get("/api/opportunities").json().get("total").asLong()).isEqualTo(8);
    }

    @Test
    void stagesHaveTheDefaultProbabilities() {
        JsonNode stages = rep.get("/api/stages").json();
        assertThat(stages).hasSize(7);
        assertThat(stages.get(0).get("key").asString()).isEqualTo("qualify");
        assertThat(stages.get(0).get("probability").asInt()).isEqualTo(10);
        assertThat(stages.get(4).get("probability").asInt()).isEqualTo(80);
        assertThat(stages.get(5).get("won").asBoolean()).isTrue();
        assertThat(stages.get(6).get("closed").asBoolean()).isTrue();
    }

    @Test
    void adminsRenameAndReweightStagesAndOthersCannot() {
        Api admin = team.admin().api();
        JsonNode propose = admin.get("/api/stages").json().get(3);
        String etag = "\"" + propose.get("version").asLong() + "\"";
        assertThat(rep.put("/api/stages/propose", Map.of("name", "Proposal"), etag)
                        .status())
                .isEqualTo(403);
        Api.Response changed = admin.put("/api/stages/propose", Map.of("name", "Proposal", "probability", 55), etag);
        assertThat(changed.status()).isEqualTo(200);
        Api.Response deal = Deals.open(rep, "Wayne");
        rep.patch("/api/opportunities/" + deal.id(), Map.of("stage", "propose"), deal.etag());
        assertThat(rep.get("/api/opportunities/" + deal.id())
                        .json()
                        .get("probability")
                        .asInt())
                .isEqualTo(55);
        Api.Response reordered = admin.put(
                "/api/stages/order",
                Map.of("keys", java.util.List.of("discover", "qualify", "validate", "propose", "negotiate")),
                null);
        assertThat(reordered.status()).isEqualTo(200);
        assertThat(reordered.json().get(0).get("key").asString()).isEqualTo("discover");
        assertThat(admin.put("/api/stages/order", Map.of("keys", java.util.List.of("discover")), null)
                        .status())
                .isEqualTo(400);
    }
}
