package io.closewright.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.PageSession;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may change an account (its owner, the people above the owner, admins) and what its deal count
 * shows (only the deals the viewer may see).
 */
@IntegrationTest
class AccountPermissionsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Fixtures.Team team;
    long accountId;
    String path;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
        Api owner = team.repA1().api();
        accountId = Deals.account(owner, "Initech");
        path = "/api/accounts/" + accountId;
        owner.post("/api/opportunities", Deals.deal(accountId, "Initech one", "2027-01-29"));
        owner.post("/api/opportunities", Deals.deal(accountId, "Initech two", "2027-02-26"));
        var others = Deals.deal(accountId, "Initech for rep A2", "2027-03-26");
        others.put("ownerId", team.repA2().id());
        assertThat(team.admin().api().post("/api/opportunities", others).status())
                .isEqualTo(201);
    }

    @Test
    void aRepWithADealOnSomeoneElsesAccountMayReadButNotChangeIt() {
        Api other = team.repA2().api();
        Api.Response seen = other.get(path);
        assertThat(seen.status()).isEqualTo(200);

        Api.Response refused = other.patch(path, Map.of("industry", "Printing"), seen.etag());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("owner");
        Api.Response takeOver = other.patch(path, Map.of("ownerId", team.repA2().id()), seen.etag());
        assertThat(takeOver.status()).isEqualTo(403);

        var account = team.repA1().api().get(path).json();
        assertThat(account.get("ownerId").asLong()).isEqualTo(team.repA1().id());
        assertThat(account.get("industry").isNull()).isTrue();
    }

    @Test
    void theOwnerTheirManagerAndAdminsMayChangeIt() {
        assertThat(change(team.repA1().api(), "Printing").status()).isEqualTo(200);
        assertThat(change(team.managerA().api(), "Paper").status()).isEqualTo(200);
        assertThat(change(team.admin().api(), "Office supplies").status()).isEqualTo(200);
        assertThat(team.repA1().api().get(path).json().get("industry").asString())
                .isEqualTo("Office supplies");
    }

    @Test
    void savingTheAccountPageNeverMovesTheOwnerToSomeoneWhoOnlyHasADealOnIt() {
        PageSession session =
                PageSession.signIn(port, team.repA2().user().email(), Fixtures.PASSWORD, "/accounts/" + accountId);
        PageSession.Response page = session.get("/accounts/" + accountId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).doesNotContain("action=\"/accounts/" + accountId + "\"");
        assertThat(page.text()).contains("You see this account through a deal on it");

        String version = team.repA1().api().get(path).json().get("version").asString();
        PageSession.Response posted = session.post(
                "/accounts/" + accountId,
                Map.of(
                        "name",
                        "Initech",
                        "domain",
                        "initech.com",
                        "ownerId",
                        "" + team.repA2().id(),
                        "version",
                        version));
        assertThat(posted.status()).isEqualTo(403);
        assertThat(team.repA1().api().get(path).json().get("ownerId").asLong())
                .isEqualTo(team.repA1().id());

        PageSession owner =
                PageSession.signIn(port, team.repA1().user().email(), Fixtures.PASSWORD, "/accounts/" + accountId);
        assertThat(owner.get("/accounts/" + accountId).text()).contains("action=\"/accounts/" + accountId + "\"");
    }

    @Test
    void theOpenDealCountFollowsTheVisibilityRule() {
        assertThat(openDeals(team.repA1().api())).isEqualTo(2);
        assertThat(openDeals(team.repA2().api())).isEqualTo(1);
        assertThat(openDeals(team.managerA().api())).isEqualTo(3);
        assertThat(openDeals(team.admin().api())).isEqualTo(3);
        var listed = team.repA2().api().get("/api/accounts?q=Initech").json().get("items");
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("openDeals").asInt()).isEqualTo(1);
    }

    private Api.Response change(Api api, String industry) {
        return api.patch(path, Map.of("industry", industry), api.get(path).etag());
    }

    private int openDeals(Api api) {
        return api.get(path).json().get("openDeals").asInt();
    }
}
