package io.closewright.ask;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class AskApiIntegrationTests {

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
        Api.Response opened = Deals.open(rep, "Asking");
        deal = opened.id();
        contact = rep.post(
                        "/api/accounts/" + opened.json().get("accountId").asLong() + "/contacts",
                        Map.of("name", "Pat Buyer", "email", "pat@buyer.example", "role", "CHAMPION"))
                .id();
    }

    Map<String, Object> ask(String action, String outcome, String due) {
        Map<String, Object> body = new HashMap<>();
        body.put("contactId", contact);
        body.put("action", action);
        body.put("outcome", outcome);
        body.put("dueDate", due);
        return body;
    }

    @Test
    void anAskReadsAsIfYouDoXItWillGetUsToY() {
        Api.Response created = rep.post(
                "/api/opportunities/" + deal + "/asks",
                ask("introduce us to your CFO.", "a signed business case by Fri 11 Dec", "2026-12-04"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().get("text").asString())
                .isEqualTo("If you introduce us to your CFO, it will get us to a signed business case by Fri 11 Dec.");
        assertThat(created.json().get("contactName").asString()).isEqualTo("Pat Buyer");
        assertThat(created.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(rep.get("/api/opportunities/" + deal + "/asks").json()).hasSize(1);
        assertThat(rep.get("/api/asks").json().get("items")).hasSize(1);
    }

    @Test
    void anAskWithoutItsActionOrItsValueIsRefusedWithFieldErrors() {
        Api.Response noOutcome = rep.post(
                "/api/opportunities/" + deal + "/asks", ask("send the security questionnaire", " ", "2026-12-04"));
        assertThat(noOutcome.status()).isEqualTo(400);
        assertThat(noOutcome.json().get("errors").toString()).contains("\"outcome\"");
        Api.Response neither = rep.post("/api/opportunities/" + deal + "/asks", ask(null, null, "2026-12-04"));
        assertThat(neither.json().get("errors").toString())
                .contains("\"action\"")
                .contains("\"outcome\"");
        Map<String, Object> stranger = ask("sign", "closing", "2026-12-04");
        stranger.put("contactId", 99999999);
        assertThat(rep.post("/api/opportunities/" + deal + "/asks", stranger)
                        .json()
                        .get("errors")
                        .toString())
                .contains("contactId");
        assertThat(rep.post("/api/opportunities/" + deal + "/asks", ask("sign", "closing", "2026-11-01"))
                        .status())
                .isEqualTo(400);
        Map<String, Object> badStep = ask("sign", "closing", "2026-12-04");
        badStep.put("stepKey", "nope");
        assertThat(rep.post("/api/opportunities/" + deal + "/asks", badStep).status())
                .isEqualTo(400);
        assertThat(rep.get("/api/opportunities/" + deal + "/asks").json()).isEmpty();
    }

    @Test
    void anOpenAskPastItsDueDateIsOverdueAndCanBeFinishedOnce() {
        long id = rep.post(
                        "/api/opportunities/" + deal + "/asks",
                        ask("share the org chart", "the right stakeholders", "2026-12-01"))
                .id();
        assertThat(rep.get("/api/opportunities/" + deal + "/asks")
                        .json()
                        .get(0)
                        .get("overdue")
                        .asBoolean())
                .isFalse();
        fixturesClock().set(java.time.Instant.parse("2026-12-03T09:00:00Z"));
        try {
            assertThat(rep.get("/api/opportunities/" + deal + "/asks")
                            .json()
                            .get(0)
                            .get("overdue")
                            .asBoolean())
                    .isTrue();
            Api.Response done = rep.post("/api/opportunities/" + deal + "/asks/" + id + "/done", Map.of());
            assertThat(done.json().get("status").asString()).isEqualTo("DONE");
            assertThat(done.json().get("overdue").asBoolean()).isFalse();
            assertThat(rep.post("/api/opportunities/" + deal + "/asks/" + id + "/decline", Map.of())
                            .status())
                    .isEqualTo(409);
        } finally {
            fixturesClock().reset();
        }
    }

    @Test
    void othersCannotSeeOrTouchAsks() {
        long id = rep.post("/api/opportunities/" + deal + "/asks", ask("sign", "closing", "2026-12-04"))
                .id();
        Api other = team.repB1().api();
        assertThat(other.get("/api/opportunities/" + deal + "/asks").status()).isEqualTo(404);
        assertThat(other.post("/api/opportunities/" + deal + "/asks", ask("sign", "closing", "2026-12-04"))
                        .status())
                .isEqualTo(404);
        assertThat(other.post("/api/opportunities/" + deal + "/asks/" + id + "/done", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(other.get("/api/asks").json().get("items")).isEmpty();
        assertThat(team.managerA().api().get("/api/asks").json().get("items")).hasSize(1);
    }

    @Test
    void suggestsAnOutcomeFromThePlan() {
        rep.put("/api/opportunities/" + deal + "/plan", Map.of("templateId", "standard"), null);
        JsonNode suggestion = rep.get("/api/opportunities/" + deal + "/asks/suggestion?stepKey=security-review")
                .json();
        assertThat(suggestion.get("outcome").asString()).startsWith("starting signature by ");
        JsonNode last = rep.get("/api/opportunities/" + deal + "/asks/suggestion?stepKey=signature")
                .json();
        assertThat(last.get("outcome").asString()).isEqualTo("signing by Fri 29 Jan");
    }

    @Autowired
    io.closewright.support.TestClock clock;

    io.closewright.support.TestClock fixturesClock() {
        return clock;
    }
}
