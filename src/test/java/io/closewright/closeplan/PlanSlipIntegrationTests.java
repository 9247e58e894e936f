package io.closewright.closeplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.closeplan.scheduling.StepOwner;
import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.RecordedSlips;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A plan turning OFF_TRACK publishes one slip naming the critical open steps and their sides. */
@IntegrationTest
class PlanSlipIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RecordedSlips slips;

    @Test
    void publishesOneSlipPerTurnOffTrackNamingTheCause() {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        long account = Deals.account(rep, "Slip Co");
        long deal = rep.post("/api/opportunities", Deals.deal(account, "Slipping", "2026-12-18"))
                .id();
        rep.put("/api/opportunities/" + deal + "/plan", Map.of("steps", ClosePlanApiIntegrationTests.chain()), null);
        assertThat(slips.of(deal)).isEmpty();

        rep.post("/api/opportunities/" + deal + "/close-date", Map.of("closeDate", "2026-12-03"));
        assertThat(slips.of(deal)).hasSize(1);
        PlanSlipped slip = slips.of(deal).get(0);
        assertThat(slip.ownerId()).isEqualTo(team.repA1().id());
        assertThat(slip.criticalSteps()).containsExactly("a", "b", "c");
        assertThat(slip.owningSides()).containsExactlyInAnyOrder(StepOwner.SELLER, StepOwner.BUYER, StepOwner.JOINT);
        assertThat(slip.projectedCloseDate()).hasToString("2026-12-08");

        rep.post(
                "/api/opportunities/" + deal + "/close-date",
                Map.of("closeDate", "2026-12-04", "reason", "One more day"));
        assertThat(slips.of(deal)).hasSize(1);

        rep.post(
                "/api/opportunities/" + deal + "/close-date",
                Map.of("closeDate", "2026-12-31", "reason", "Realistic now"));
        rep.post("/api/opportunities/" + deal + "/close-date", Map.of("closeDate", "2026-12-02"));
        assertThat(slips.of(deal)).hasSize(2);
        assertThat(List.copyOf(slips.of(deal).get(1).criticalSteps())).isNotEmpty();
    }
}
