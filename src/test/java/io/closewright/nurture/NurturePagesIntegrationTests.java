package io.closewright.nurture;

import static io.closewright.nurture.NurtureDeals.campaign;
import static io.closewright.nurture.NurtureDeals.dealWithContacts;
import static io.closewright.nurture.NurtureDeals.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.PageSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The nurture pages over real HTTP: the campaign form keeps what was typed and names the problem next
 * to its field, reps may not make campaigns, the deal page's section refuses a move without a reason or
 * campaign and a revival without a date, keeping the input, and reloads the page when a move succeeds.
 */
@IntegrationTest
class NurturePagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void theCampaignFormKeepsWhatWasTypedAndNamesTheProblem() {
        Fixtures.Team team = fixtures.team(port);
        PageSession manager =
                PageSession.signIn(port, team.managerA().user().email(), Fixtures.PASSWORD, "/team/campaigns/new");
        assertThat(manager.get("/team/campaigns").text()).contains("No campaigns yet");

        PageSession.Response refused = manager.post(
                "/team/campaigns",
                Map.of(
                        "name", "Spring thaw",
                        "steps[0].afterDays", "-2",
                        "steps[0].subject", "Hello {{firstName}}",
                        "steps[0].body", "Typed body"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text())
                .containsIgnoringCase("must be between 0 and 365 days")
                .contains("value=\"Spring thaw\"")
                .contains("Typed body")
                .contains("is-invalid");
        PageSession.Response saved = manager.post(
                "/team/campaigns",
                Map.of(
                        "name", "Spring thaw",
                        "steps[0].afterDays", "0",
                        "steps[0].subject", "Hello {{firstName}}",
                        "steps[0].body", "Typed body",
                        "steps[1].afterDays", "",
                        "steps[1].subject", "",
                        "steps[1].body", ""));
        assertThat(saved.status()).isEqualTo(302);
        String page = manager.get(saved.location().replaceFirst("^https?://[^/]+", ""))
                .text();
        assertThat(page)
                .contains("Spring thaw")
                .contains("Hello {{firstName}}")
                .contains("No deals in this campaign yet");

        PageSession rep = PageSession.signIn(port, team.repA1().user().email(), Fixtures.PASSWORD, "/pipeline");
        assertThat(rep.get("/team/campaigns/new").status()).isEqualTo(403);
        assertThat(rep.post("/team/campaigns", Map.of("name", "Mine")).status()).isEqualTo(403);
    }

    @Test
    void theDealSectionRefusesBadInputKeepingItAndReloadsThePageOnSuccess() {
        Fixtures.Team team = fixtures.team(port);
        Api api = team.repA1().api();
        long campaign = campaign(team.managerA().api(), "Section drip");
        NurtureDeals.Deal deal = dealWithContacts(api, "Section deal", unique("jo"));
        PageSession rep = PageSession.signIn(port, team.repA1().user().email(), Fixtures.PASSWORD, "/pipeline");
        String section =
                rep.get("/opportunities/" + deal.id() + "/nurture-section").text();
        assertThat(section).contains("Move to nurture").contains("Section drip");

        PageSession.Response noReason = rep.post(
                "/opportunities/" + deal.id() + "/nurture",
                Map.of("campaignId", String.valueOf(campaign), "reason", ""));
        assertThat(noReason.text()).containsIgnoringCase("say why the deal will not close now");
        assertThat(noReason.header("HX-Redirect")).isNull();
        PageSession.Response noCampaign = rep.post(
                "/opportunities/" + deal.id() + "/nurture", Map.of("campaignId", "", "reason", "Typed reason"));
        assertThat(noCampaign.text())
                .containsIgnoringCase("choose a nurture campaign")
                .contains("Typed reason");
        assertThat(api.get("/api/opportunities/" + deal.id())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("OPEN");

        PageSession.Response moved = rep.post(
                "/opportunities/" + deal.id() + "/nurture",
                Map.of("campaignId", String.valueOf(campaign), "reason", "Budget next year"));
        assertThat(moved.header("HX-Redirect")).isEqualTo("/opportunities/" + deal.id());
        String dealPage = rep.get("/opportunities/" + deal.id()).text();
        assertThat(dealPage).contains("Nurture").contains("until revived").doesNotContain("This deal is closed");
        assertThat(rep.get("/opportunities/" + deal.id() + "/nurture-section").text())
                .contains("In nurture")
                .contains("Budget next year");

        PageSession.Response noDate = rep.post("/opportunities/" + deal.id() + "/revive", Map.of("closeDate", ""));
        assertThat(noDate.text()).containsIgnoringCase("choose the new close date");
        PageSession.Response past =
                rep.post("/opportunities/" + deal.id() + "/revive", Map.of("closeDate", "2026-11-02"));
        assertThat(past.text()).containsIgnoringCase("must be today or later").contains("2026-11-02");
        PageSession.Response revived =
                rep.post("/opportunities/" + deal.id() + "/revive", Map.of("closeDate", "2027-03-31"));
        assertThat(revived.header("HX-Redirect")).isEqualTo("/opportunities/" + deal.id());
        assertThat(api.get("/api/opportunities/" + deal.id())
                        .json()
                        .get("closeDate")
                        .asString())
                .isEqualTo("2027-03-31");
    }
}
