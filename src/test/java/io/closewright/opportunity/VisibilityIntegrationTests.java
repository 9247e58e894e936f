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

/** Reps see their own deals, managers the team below them, admins everything; a foreign id is a 404. */
@IntegrationTest
class VisibilityIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Fixtures.Team team;
    Api.Response dealA1;
    Api.Response dealA2;
    Api.Response dealB1;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
        dealA1 = Deals.open(team.repA1().api(), "A1 deal");
        dealA2 = Deals.open(team.repA2().api(), "A2 deal");
        dealB1 = Deals.open(team.repB1().api(), "B1 deal");
    }

    @Test
    void aRepReadingAnotherRepsDealGetsTheSame404AsAMissingOne() {
        Api rep = team.repA1().api();
        Api.Response foreign = rep.get("/api/opportunities/" + dealA2.id());
        Api.Response missing = rep.get("/api/opportunities/99999999");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(foreign.json().get("title").asString())
                .isEqualTo(missing.json().get("title").asString());
        assertThat(rep.get("/api/opportunities/" + dealA2.id() + "/history").status())
                .isEqualTo(404);
    }

    @Test
    void aRepChangingAnotherRepsDealGets404AndNothingChanges() {
        Api rep = team.repA1().api();
        String path = "/api/opportunities/" + dealB1.id();
        assertThat(rep.patch(path, Map.of("amount", 1), dealB1.etag()).status()).isEqualTo(404);
        assertThat(rep.post(path + "/close-date", Map.of("closeDate", "2027-05-01", "reason", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(rep.post(path + "/close", Map.of("outcome", "WON")).status()).isEqualTo(404);
        Api.Response after = team.repB1().api().get(path);
        assertThat(after.json().get("version").asLong())
                .isEqualTo(dealB1.json().get("version").asLong());
        assertThat(after.json().get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void listsShowOnlyWhatTheViewerMaySee() {
        assertThat(names(team.repA1().api())).containsExactly("A1 deal");
        assertThat(names(team.managerA().api())).containsExactlyInAnyOrder("A1 deal", "A2 deal");
        assertThat(names(team.managerB().api())).containsExactly("B1 deal");
        assertThat(names(team.admin().api())).containsExactlyInAnyOrder("A1 deal", "A2 deal", "B1 deal");
        assertThat(team.repA1()
                        .api()
                        .get("/api/opportunities?ownerId=" + team.repA2().id())
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(team.managerA()
                        .api()
                        .get("/api/opportunities?teamOf=" + team.managerA().id())
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(2);
    }

    @Test
    void aManagerChangesTheTeamsDealsButNotOtherTeams() {
        Api manager = team.managerA().api();
        assertThat(manager.patch(
                                "/api/opportunities/" + dealA2.id(),
                                Map.of("forecastCategory", "COMMIT"),
                                dealA2.etag())
                        .status())
                .isEqualTo(200);
        assertThat(manager.patch(
                                "/api/opportunities/" + dealB1.id(),
                                Map.of("forecastCategory", "COMMIT"),
                                dealB1.etag())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void dealsCannotBeGivenToOrCreatedForSomeoneOutsideTheViewersReach() {
        Api rep = team.repA1().api();
        Api.Response handOver = rep.patch(
                "/api/opportunities/" + dealA1.id(),
                Map.of("ownerId", team.repB1().id()),
                dealA1.etag());
        assertThat(handOver.status()).isEqualTo(400);
        assertThat(handOver.json().get("errors").get(0).get("field").asString()).isEqualTo("ownerId");
        long foreignAccount = dealB1.json().get("accountId").asLong();
        assertThat(rep.post("/api/opportunities", Deals.deal(foreignAccount, "Sneaky", "2027-02-01"))
                        .status())
                .isEqualTo(400);
        assertThat(rep.get("/api/accounts/" + foreignAccount).status()).isEqualTo(404);
    }

    @Test
    void accountsFollowTheirOwnersAndTheirVisibleDeals() {
        long accountOfA2 = dealA2.json().get("accountId").asLong();
        assertThat(team.repA1().api().get("/api/accounts/" + accountOfA2).status())
                .isEqualTo(404);
        assertThat(team.managerA().api().get("/api/accounts/" + accountOfA2).status())
                .isEqualTo(200);
        assertThat(team.managerA()
                        .api()
                        .get("/api/accounts")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(2);
        assertThat(team.admin().api().get("/api/accounts").json().get("total").asLong())
                .isEqualTo(3);
        Api.Response handedOver = team.managerA()
                .api()
                .patch(
                        "/api/opportunities/" + dealA2.id(),
                        Map.of("ownerId", team.repA1().id()),
                        dealA2.etag());
        assertThat(handedOver.status()).isEqualTo(200);
        assertThat(team.repA1().api().get("/api/accounts/" + accountOfA2).status())
                .isEqualTo(200);
    }

    private static java.util.List<String> names(Api api) {
        java.util.List<String> names = new java.util.ArrayList<>();
        api.get("/api/opportunities")
                .json()
                .get("items")
                .forEach(n -> names.add(n.get("name").asString()));
        return names;
    }
}
