package io.closewright.closeplan;

import static io.closewright.closeplan.ClosePlanApiIntegrationTests.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Projections kept between forecasts are reused only while their inputs are the same: a changed plan, a
 * completed step or another close date gives the projection a fresh schedule would give.
 */
@IntegrationTest
class PlanProjectionsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ClosePlanManagement plans;

    @Test
    void aChangedPlanOrCloseDateIsProjectedAgain() {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        long ws = team.workspace().id();
        long account = Deals.account(rep, "Projection Co");
        long deal = rep.post("/api/opportunities", Deals.deal(account, "Projected", "2026-12-18"))
                .id();
        LocalDate close = LocalDate.parse("2026-12-18");
        rep.put("/api/opportunities/" + deal + "/plan", Map.of("steps", ClosePlanApiIntegrationTests.chain()), null);
        LocalDate first = plans.projectedCloseDates(ws, Map.of(deal, close)).get(deal);
        assertThat(plans.projectedCloseDates(ws, Map.of(deal, close))).containsEntry(deal, first);

        rep.put(
                "/api/opportunities/" + deal + "/plan",
                Map.of("steps", List.of(step("a", "SELLER", 30), step("b", "BUYER", 3, "a"))),
                rep.get("/api/opportunities/" + deal + "/plan").etag());
        LocalDate longer = plans.projectedCloseDates(ws, Map.of(deal, close)).get(deal);
        assertThat(longer).isAfter(first);

        rep.post("/api/opportunities/" + deal + "/plan/steps/a/done", Map.of());
        LocalDate done = plans.projectedCloseDates(ws, Map.of(deal, close)).get(deal);
        assertThat(done).isBefore(longer);

        LocalDate later = LocalDate.parse("2027-03-31");
        assertThat(plans.projectedCloseDates(ws, Map.of(deal, later)))
                .containsEntry(
                        deal, plans.projectedCloseDates(ws, Map.of(deal, later)).get(deal));
    }
}
