package io.closewright.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.PageSession;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The deal list counts at most {@link OpportunityQueries#COUNT_AHEAD} deals past the start of the page
 * (ADR 0020): up to that the total is exact; beyond it the total is that bound, marked not exact, and the
 * next page is always offered.
 */
@IntegrationTest
class DealListTotalIntegrationTests {

    private static final int DEALS = OpportunityQueries.COUNT_AHEAD + 10;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    Fixtures.Team team;
    Api rep;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
        rep = team.repA1().api();
        long account = Deals.account(rep, "Bulk Foods");
        Deals.open(team.repA2().api(), "The other rep's only deal");
        Timestamp now = Timestamp.from(Instant.parse("2026-11-25T09:00:00Z"));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < DEALS - 1; i++) {
            rows.add(new Object[] {
                team.workspace().id(),
                "Bulk deal " + i,
                account,
                team.repA1().id(),
                LocalDate.of(2027, 1, 1 + i % 28),
                now,
                now
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO opportunity (workspace_id, name, account_id, owner_id, amount, currency, stage_key, close_date,"
                        + " forecast_category, status, close_date_pushes, version, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, 1000, 'USD', 'qualify', ?, 'PIPELINE', 'OPEN', 0, 0, ?, ?)",
                rows);
        Deals.open(rep, "One more through the API");
    }

    @Test
    void pastTheBoundTheTotalIsALowerBoundAndTheNextPageIsOffered() {
        JsonNode first = rep.get("/api/opportunities?size=50").json();
        assertThat(first.get("items")).hasSize(50);
        assertThat(first.get("total").asLong()).isEqualTo(OpportunityQueries.COUNT_AHEAD);
        assertThat(first.get("totalExact").asBoolean()).isFalse();
    }

    @Test
    void nearTheEndTheTotalIsExact() {
        JsonNode page = rep.get("/api/opportunities?size=50&page=20").json();
        assertThat(page.get("total").asLong()).isEqualTo(DEALS);
        assertThat(page.get("totalExact").asBoolean()).isTrue();
        assertThat(page.get("items")).hasSize(DEALS - 20 * 50);
    }

    @Test
    void aSmallListIsCountedExactly() {
        JsonNode other = team.repA2().api().get("/api/opportunities?size=50").json();
        assertThat(other.get("total").asLong()).isEqualTo(1);
        assertThat(other.get("totalExact").asBoolean()).isTrue();
        JsonNode filtered = rep.get("/api/opportunities?q=through+the").json();
        assertThat(filtered.get("total").asLong()).isEqualTo(1);
        assertThat(filtered.get("totalExact").asBoolean()).isTrue();
    }

    @Test
    void theListPageSaysMoreThanTheBoundMatch() {
        PageSession page = PageSession.signIn(port, team.repA1().user().email(), Fixtures.PASSWORD, "/opportunities");
        String html = page.get("/opportunities").text();
        assertThat(html).contains("More than " + OpportunityQueries.COUNT_AHEAD + " deals match");
        assertThat(html).contains(OpportunityQueries.COUNT_AHEAD + "+");
        assertThat(html).contains("data-total-exact=\"false\"").contains("at least ");
    }

    @Test
    void theListPageSumsASmallListExactly() {
        PageSession page = PageSession.signIn(port, team.repA2().user().email(), Fixtures.PASSWORD, "/opportunities");
        String html = page.get("/opportunities").text();
        assertThat(html).contains("data-total-exact=\"true\"").doesNotContain("at least ");
    }
}
