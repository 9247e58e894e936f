package io.closewright.nurture;

import static io.closewright.nurture.NurtureDeals.campaign;
import static io.closewright.nurture.NurtureDeals.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.PageSession;
import io.closewright.support.TestClock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Move to nurture" in one step from where it is suggested, on both databases: Today's unripe deals and
 * the risk recommendation (deal page and Team risks) offer the form with the workspace's default campaign
 * (the first made) preselected and a prefilled reason; submitting moves the deal and goes back; bad input
 * answers 422 with the problem named and changes nothing. Today is Tue 1 Dec 2026.
 */
@IntegrationTest
class NurtureMoveIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anUnripeDealMovesToNurtureFromTodayWithTheDefaultCampaignAndAPrefilledReason() {
        Fixtures.Team team = fixtures.team(port);
        long first = campaign(team.managerA().api(), "Zebra drip");
        long second = campaign(team.managerA().api(), "Aardvark drip");
        Api api = team.repA1().api();
        long deal = unripeDeal(api, "Far away deal");
        PageSession rep = PageSession.signIn(port, team.repA1().user().email(), Fixtures.PASSWORD, "/today");

        String today = rep.get("/today").text();
        assertThat(today)
                .contains("id=\"nurture-move-" + deal + "-form\"")
                .contains("<option value=\"" + first + "\" selected>")
                .contains("<option value=\"" + second + "\">")
                .contains("Unripe: 20% and closes in 6 months");

        PageSession.Response moved = rep.post("/nurture/move", move(deal, first, "Unripe: 20% and closes in 6 months"));
        assertThat(moved.status()).isEqualTo(302);
        assertThat(moved.location()).endsWith("/today");
        String after = rep.get("/today").text();
        assertThat(after)
                .contains("Moved Far away deal to nurture in Zebra drip")
                .doesNotContain("nurture-move-" + deal);
        assertThat(api.get("/api/opportunities/" + deal).json().get("status").asString())
                .isEqualTo("NURTURE");
        assertThat(rep.get("/pipeline").text()).doesNotContain("card-" + deal + "\"");
        assertThat(enrolments(deal)).isEqualTo(1);
    }

    @Test
    void badInputAnswers422WithTheProblemNamedAndChangesNothing() {
        Fixtures.Team team = fixtures.team(port);
        long campaign = campaign(team.managerA().api(), "Bad input drip");
        Api api = team.repA1().api();
        long deal = unripeDeal(api, "Kept open");
        PageSession rep = PageSession.signIn(port, team.repA1().user().email(), Fixtures.PASSWORD, "/today");

        PageSession.Response noReason = rep.post("/nurture/move", move(deal, campaign, " "));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.text())
                .containsIgnoringCase("say why the deal will not close now")
                .contains("is-invalid");
        PageSession.Response unknown = rep.post("/nurture/move", move(deal, 987654321L, "Typed reason"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.text()).containsIgnoringCase("no such campaign").contains("Typed reason");
        Map<String, String> noCampaign = move(deal, campaign, "Typed reason");
        noCampaign.put("campaignId", "");
        assertThat(rep.post("/nurture/move", noCampaign).text()).containsIgnoringCase("choose a nurture campaign");
        assertThat(api.get("/api/opportunities/" + deal).json().get("status").asString())
                .isEqualTo("OPEN");
        assertThat(enrolments(deal)).isZero();

        long closed = unripeDeal(api, "Already lost");
        assertThat(api.post(
                                "/api/opportunities/" + closed + "/close",
                                Map.of("outcome", "LOST", "closedOn", "2026-12-01", "reason", "No budget"))
                        .status())
                .isEqualTo(200);
        PageSession.Response lost = rep.post("/nurture/move", move(closed, campaign, "Too late"));
        assertThat(lost.status()).isEqualTo(422);
        assertThat(lost.text()).containsIgnoringCase("only open deals move to nurture");
        assertThat(api.get("/api/opportunities/" + closed).json().get("status").asString())
                .isEqualTo("LOST");
        assertThat(enrolments(closed)).isZero();

        long theirs = unripeDeal(team.repB1().api(), "Other team");
        assertThat(rep.post("/nurture/move", move(theirs, campaign, "Not mine")).status())
                .isEqualTo(404);
        assertThat(enrolments(theirs)).isZero();
    }

    @Test
    void theRiskRecommendationOffersTheMoveOnTheDealPageAndOnTeamRisks() {
        Fixtures.Team team = fixtures.team(port);
        long campaign = campaign(team.managerA().api(), "Risk drip");
        Api api = team.repA1().api();
        long account = Deals.account(api, "Gone quiet Inc");
        long deal = api.post("/api/opportunities", Deals.deal(account, "Gone quiet", "2026-12-18"))
                .id();
        clock.set(Instant.parse("2027-01-05T09:00:00Z"));

        PageSession rep = PageSession.signIn(port, team.repA1().user().email(), Fixtures.PASSWORD, "/pipeline");
        String section = rep.get("/opportunities/" + deal + "/risk-section").text();
        assertThat(section)
                .contains("data-recommendation=\"MOVE_TO_NURTURE\"")
                .contains("id=\"nurture-move-" + deal + "-form\"")
                .contains(
                        "Not ripe: no activity for longer than the stage allows; the close date Fri 18 Dec 2026 has passed");

        PageSession manager =
                PageSession.signIn(port, team.managerA().user().email(), Fixtures.PASSWORD, "/team/risks");
        String risks = manager.get("/team/risks").text();
        assertThat(risks)
                .contains("id=\"nurture-move-" + deal + "-form\"")
                .contains("Not ripe: stale, close date passed");
        Map<String, String> form = move(deal, campaign, "Not ripe: stale, close date passed");
        form.put("back", "/team/risks?level=HIGH");
        form.remove("version");
        PageSession.Response moved = manager.post("/nurture/move", form);
        assertThat(moved.status()).isEqualTo(302);
        assertThat(moved.location()).endsWith("/team/risks?level=HIGH");
        assertThat(manager.get("/team/risks").text()).doesNotContain("data-deal=\"" + deal + "\"");
        assertThat(jdbc.sql("SELECT status FROM opportunity WHERE id = ?")
                        .param(deal)
                        .query(String.class)
                        .single())
                .isEqualTo("NURTURE");
    }

    @Test
    void aForeignBackAddressReturnsToTheDealPageInstead() {
        Fixtures.Team team = fixtures.team(port);
        long campaign = campaign(team.managerA().api(), "Back drip");
        long deal = unripeDeal(team.repA1().api(), "Back home");
        PageSession rep = PageSession.signIn(port, team.repA1().user().email(), Fixtures.PASSWORD, "/today");
        Map<String, String> form = move(deal, campaign, "Later");
        form.put("back", "//evil.example.com/today");
        PageSession.Response moved = rep.post("/nurture/move", form);
        assertThat(moved.status()).isEqualTo(302);
        assertThat(moved.location()).endsWith("/opportunities/" + deal).doesNotContain("evil");
    }

    /** A discover (20%) deal with a contact, closing Wed 30 Jun 2027: unripe. */
    private static long unripeDeal(Api api, String name) {
        long account = Deals.account(api, name + " Corp");
        api.post(
                "/api/accounts/" + account + "/contacts",
                Map.of("name", "Jo Buyer", "email", unique("jo"), "role", "CHAMPION"));
        return api.post("/api/opportunities", Deals.deal(account, name, "2027-06-30"))
                .id();
    }

    private Map<String, String> move(long deal, long campaign, String reason) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("opportunityId", String.valueOf(deal));
        form.put("campaignId", String.valueOf(campaign));
        form.put("reason", reason);
        form.put("back", "/today");
        form.put(
                "version",
                String.valueOf(jdbc.sql("SELECT version FROM opportunity WHERE id = ?")
                        .param(deal)
                        .query(Long.class)
                        .single()));
        return form;
    }

    private long enrolments(long deal) {
        return jdbc.sql("SELECT COUNT(*) FROM nurture_enrolment WHERE opportunity_id = ?")
                .param(deal)
                .query(Long.class)
                .single();
    }
}
