package io.closewright.checkup;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.identity.Role;
import io.closewright.identity.Viewer;
import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The agenda looks at the deals closing first and says how many it left out, instead of cutting off silently. */
@IntegrationTest
class CheckupAgendaLimitIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CheckupAgendas agendas;

    @Test
    void countsTheDealsBeyondTheLimit() {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        long account = Deals.account(rep, "Many Deals");
        for (String close : new String[] {"2027-01-15", "2027-01-29", "2027-02-26"}) {
            long deal = rep.post("/api/opportunities", Deals.deal(account, "Deal " + close, close))
                    .id();
            assertThat(rep.put("/api/opportunities/" + deal + "/plan", Map.of("templateId", "standard"), null)
                            .status())
                    .isEqualTo(200);
        }
        rep.post("/api/opportunities", Deals.deal(account, "No plan", "2027-01-08"));
        Viewer viewer = new Viewer(team.repA1().id(), team.workspace().id(), Role.REP);

        assertThat(agendas.agenda(viewer, true, 2).dealsLeftOut()).isEqualTo(1);
        assertThat(agendas.agenda(viewer, true, 3).dealsLeftOut()).isZero();
        assertThat(agendas.agenda(viewer, true, 10).dealsLeftOut()).isZero();
        assertThat(rep.get("/api/checkups/agenda").json().get("dealsLeftOut").asLong())
                .isZero();
        assertThat(agendas.agenda(
                                new Viewer(
                                        team.managerA().id(), team.workspace().id(), Role.MANAGER),
                                false,
                                1)
                        .dealsLeftOut())
                .isEqualTo(2);
    }
}
