package io.closewright.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code %}, {@code _} and {@code \} typed into the account and deal filters match only themselves. */
@IntegrationTest
class FilterWildcardsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Api rep;

    @BeforeEach
    void setUp() {
        rep = fixtures.team(port).repA1().api();
        for (String name : List.of("Save 100% Foods", "Save 1000 Foods", "Ab_c Labs", "Abxc Labs", "Back\\slash Co")) {
            long account = Deals.account(rep, name);
            rep.post("/api/opportunities", Deals.deal(account, name + " renewal", "2027-01-29"));
        }
    }

    @Test
    void theAccountFilterTakesWildcardsLiterally() {
        assertThat(accounts("100%")).containsExactly("Save 100% Foods");
        assertThat(accounts("b_c")).containsExactly("Ab_c Labs");
        assertThat(accounts("k\\s")).containsExactly("Back\\slash Co");
        assertThat(accounts("%")).containsExactly("Save 100% Foods");
    }

    @Test
    void theDealFilterTakesWildcardsLiterally() {
        assertThat(deals("100%")).containsExactly("Save 100% Foods renewal");
        assertThat(deals("b_c")).containsExactly("Ab_c Labs renewal");
        assertThat(deals("_")).containsExactly("Ab_c Labs renewal");
    }

    private List<String> accounts(String q) {
        return names(rep.get("/api/accounts?q=" + enc(q)).json().get("items"));
    }

    private List<String> deals(String q) {
        return names(rep.get("/api/opportunities?q=" + enc(q)).json().get("items"));
    }

    private static List<String> names(JsonNode items) {
        List<String> names = new ArrayList<>();
        items.forEach(item -> names.add(item.get("name").asString()));
        return names;
    }

    private static String enc(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }
}
