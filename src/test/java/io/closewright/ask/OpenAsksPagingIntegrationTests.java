package io.closewright.ask;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.PageSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Open asks come a page at a time with their total, on the API and the Asks page, instead of stopping at 500. */
@IntegrationTest
class OpenAsksPagingIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void openAsksArePagedWithTheirTotal() {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        Api.Response deal = Deals.open(rep, "Paged asks");
        long contact = rep.post(
                        "/api/accounts/" + deal.json().get("accountId").asLong() + "/contacts",
                        Map.of("name", "Pat Buyer", "role", "CHAMPION"))
                .id();
        for (String due : new String[] {"2026-12-10", "2026-12-03", "2026-12-17"}) {
            assertThat(rep.post(
                                    "/api/opportunities/" + deal.id() + "/asks",
                                    Map.of(
                                            "contactId",
                                            contact,
                                            "action",
                                            "sign by " + due,
                                            "outcome",
                                            "a signed deal",
                                            "dueDate",
                                            due))
                            .status())
                    .isEqualTo(201);
        }

        JsonNode first = rep.get("/api/asks?size=2").json();
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("items").get(0).get("dueDate").asString()).isEqualTo("2026-12-03");
        JsonNode second = rep.get("/api/asks?size=2&page=1").json();
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("dueDate").asString()).isEqualTo("2026-12-17");
        assertThat(rep.get("/api/asks?size=500").status()).isEqualTo(400);

        PageSession page = PageSession.signIn(port, team.repA1().user().email(), Fixtures.PASSWORD, "/asks");
        String html = page.get("/asks").text();
        assertThat(html).contains("of <strong>3</strong> open asks");
    }
}
