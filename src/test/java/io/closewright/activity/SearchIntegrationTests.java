package io.closewright.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The search box finds deals, accounts and contacts by any part of a name, email or domain, and only what the user may see. */
@IntegrationTest
class SearchIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Fixtures.Team team;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
        seed(
                team.repA1().api(),
                "Zephyr Logistics",
                "zephyr-freight.io",
                "Priya Raman",
                "priya",
                "Zephyr fleet rollout");
        seed(team.repB1().api(), "Zephyrine Bakery", "zbakery.com", "Zed Hidden", "zed", "Zephyr secret deal");
    }

    @Test
    void findsByPartialNameEmailAndDomainIgnoringCase() {
        Api rep = team.repA1().api();
        assertThat(names(search(rep, "FLEET"), "opportunities")).containsExactly("Zephyr fleet rollout");
        JsonNode byDomain = search(rep, "freight");
        assertThat(names(byDomain, "accounts")).containsExactly("Zephyr Logistics");
        assertThat(names(byDomain, "contacts")).containsExactly("Priya Raman");
        assertThat(names(search(rep, "aman"), "contacts")).containsExactly("Priya Raman");
        JsonNode deal = search(rep, "rollout").get("opportunities").get(0);
        assertThat(deal.get("accountName").asString()).isEqualTo("Zephyr Logistics");
        assertThat(deal.get("url").asString())
                .isEqualTo("/opportunities/" + deal.get("id").asLong());
    }

    @Test
    void neverReturnsWhatTheUserMayNotSee() {
        JsonNode rep = search(team.repA1().api(), "zephyr");
        assertThat(names(rep, "opportunities")).containsExactly("Zephyr fleet rollout");
        assertThat(names(rep, "accounts")).containsExactly("Zephyr Logistics");
        assertThat(names(rep, "contacts")).containsExactly("Priya Raman");
        JsonNode hidden = search(team.repA1().api(), "zbakery");
        assertThat(names(hidden, "accounts")).isEmpty();
        assertThat(names(hidden, "contacts")).isEmpty();
        assertThat(names(search(team.repA2().api(), "zephyr"), "opportunities")).isEmpty();
        assertThat(names(search(team.managerA().api(), "zephyr"), "opportunities"))
                .containsExactly("Zephyr fleet rollout");
        assertThat(names(search(team.managerB().api(), "zbakery"), "contacts")).containsExactly("Zed Hidden");
        assertThat(names(search(team.admin().api(), "zephyr"), "opportunities")).hasSize(2);
    }

    @Test
    void wildcardsAreLiteralAndShortQueriesAreRefused() {
        Api rep = team.repA1().api();
        JsonNode wildcards = search(rep, "%%");
        assertThat(names(wildcards, "opportunities")).isEmpty();
        assertThat(names(wildcards, "accounts")).isEmpty();
        for (String query : List.of("/api/search?q=z", "/api/search", "/api/search?q=" + "x".repeat(101))) {
            Api.Response refused = rep.get(query);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("q");
        }
    }

    @Test
    void matchesAtTheStartComeFirstThenTheRestByName() {
        Api rep = team.repA1().api();
        long account = io.closewright.support.Deals.account(rep, "Quartz Holdings");
        for (String name : List.of("Upgrade quartz two", "Quartz renewal", "Another quartz deal", "Quartz pilot")) {
            rep.post("/api/opportunities", io.closewright.support.Deals.deal(account, name, "2027-02-01"));
        }
        assertThat(names(search(rep, "quartz"), "opportunities"))
                .containsExactly("Quartz pilot", "Quartz renewal", "Another quartz deal", "Upgrade quartz two");
    }

    private static void seed(Api api, String account, String domain, String contact, String login, String deal) {
        long accountId = api.post("/api/accounts", Map.of("name", account, "domain", domain))
                .id();
        api.post(
                "/api/accounts/" + accountId + "/contacts",
                Map.of("name", contact, "email", login + "@" + domain, "role", "CHAMPION"));
        assertThat(api.post("/api/opportunities", Deals.deal(accountId, deal, "2027-01-29"))
                        .status())
                .isEqualTo(201);
    }

    private static JsonNode search(Api api, String q) {
        Api.Response r =
                api.get("/api/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static List<String> names(JsonNode results, String kind) {
        List<String> names = new ArrayList<>();
        results.get(kind).forEach(hit -> names.add(hit.get("name").asString()));
        return names;
    }
}
