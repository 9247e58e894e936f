package io.closewright.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.PageSession;
import io.closewright.support.RecordedNotices;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The risk pages on both databases: the deal's risk section, re-dating in one step from the
 * recommendation (reason required, history and pushes kept, plan re-scheduled), escalating from the page,
 * the badges of a set of deals and the managers' Team risks page.
 */
@IntegrationTest
class RiskPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RecordedNotices notices;

    @Test
    void reDatesInOneStepFromTheRecommendation() {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        long deal = RiskTesting.dealWithPlan(rep, "Slipping", "2026-12-03", "COMMIT");
        PageSession page =
                PageSession.signIn(port, team.repA1().user().email(), Fixtures.PASSWORD, "/opportunities/" + deal);

        PageSession.Response section = page.get("/opportunities/" + deal + "/risk-section");
        assertThat(section.status()).isEqualTo(200);
        assertThat(section.text())
                .contains("Plan off track")
                .contains("id=\"risk-close-date\" name=\"closeDate\" value=\"2026-12-08\"")
                .contains("data-slip-step=\"b\"")
                .contains("id=\"risk-badge-" + deal + "\" hx-swap-oob=\"true\"");
        long version =
                rep.get("/api/opportunities/" + deal).json().get("version").asLong();

        PageSession.Response noReason = page.post(
                "/opportunities/" + deal + "/risk/redate",
                Map.of("closeDate", "2026-12-08", "reason", " ", "version", String.valueOf(version)));
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.text()).contains("Say why the date moves").contains("value=\"2026-12-08\"");
        assertThat(rep.get("/api/opportunities/" + deal).json().get("closeDate").asString())
                .isEqualTo("2026-12-03");

        PageSession.Response moved = page.post(
                "/opportunities/" + deal + "/risk/redate",
                Map.of(
                        "closeDate",
                        "2026-12-08",
                        "reason",
                        "Security review needs three days",
                        "version",
                        String.valueOf(version)));
        assertThat(moved.header("HX-Redirect")).isEqualTo("/opportunities/" + deal);
        JsonNode after = rep.get("/api/opportunities/" + deal).json();
        assertThat(after.get("closeDate").asString()).isEqualTo("2026-12-08");
        assertThat(after.get("closeDatePushes").asInt()).isEqualTo(1);
        JsonNode history = rep.get("/api/opportunities/" + deal + "/history").json();
        assertThat(history.get(0).get("reason").asString()).isEqualTo("Security review needs three days");
        JsonNode plan = rep.get("/api/opportunities/" + deal + "/plan").json();
        assertThat(plan.get("targetCloseDate").asString()).isEqualTo("2026-12-08");
        assertThat(plan.get("feasible").asBoolean()).isTrue();
        assertThat(page.get("/opportunities/" + deal + "/risk-section").text()).doesNotContain("Plan off track");

        PageSession.Response stale = page.post(
                "/opportunities/" + deal + "/risk/redate",
                Map.of("closeDate", "2026-12-18", "reason", "Again", "version", String.valueOf(version)));
        assertThat(stale.text()).contains("changed by someone else");
        assertThat(rep.get("/api/opportunities/" + deal).json().get("closeDate").asString())
                .isEqualTo("2026-12-08");
    }

    @Test
    void escalatesFromTheDealPageWithANote() {
        Fixtures.Team team = fixtures.team(port);
        long deal = RiskTesting.dealWithPlan(team.repA1().api(), "Escalate me", "2026-12-31", "COMMIT");
        PageSession page =
                PageSession.signIn(port, team.repA1().user().email(), Fixtures.PASSWORD, "/opportunities/" + deal);
        PageSession.Response blank = page.post("/opportunities/" + deal + "/risk/escalations", Map.of("note", ""));
        assertThat(blank.text()).contains("Say what you need from your manager");
        assertThat(notices.about(deal, Escalations.KIND)).isEmpty();
        PageSession.Response sent =
                page.post("/opportunities/" + deal + "/risk/escalations", Map.of("note", "Need legal help"));
        assertThat(sent.text())
                .contains("Escalated to " + team.managerA().user().name())
                .contains("Need legal help");
        assertThat(notices.about(deal, Escalations.KIND)).hasSize(1);
    }

    @Test
    void badgesComeForVisibleDealsOnlyInOneRequest() {
        Fixtures.Team team = fixtures.team(port);
        long mine = RiskTesting.dealWithPlan(team.repA1().api(), "Mine", "2026-12-03", "COMMIT");
        long theirs = RiskTesting.dealWithPlan(team.repB1().api(), "Theirs", "2026-12-03", "COMMIT");
        team.repA1().api().get("/api/opportunities/" + mine + "/risk");
        team.repB1().api().get("/api/opportunities/" + theirs + "/risk");
        PageSession page = PageSession.signIn(port, team.repA1().user().email(), Fixtures.PASSWORD, "/pipeline");
        assertThat(page.get("/pipeline").text()).contains("hx-get=\"/risk/badges?ids=" + mine + "\"");
        PageSession.Response badges = page.get("/risk/badges?ids=" + mine + "," + theirs);
        assertThat(badges.status()).isEqualTo(200);
        assertThat(badges.text())
                .contains("id=\"risk-badge-" + mine + "\"")
                .contains("High risk: Plan off track")
                .doesNotContain("risk-badge-" + theirs);
        assertThat(page.get("/risk/badges?ids=abc").status()).isEqualTo(404);
    }

    @Test
    void teamRisksShowsTheTeamsDealsByLevelWithTheMoneyAtRisk() {
        Fixtures.Team team = fixtures.team(port);
        long slipping = RiskTesting.dealWithPlan(team.repA1().api(), "Slipping deal", "2026-12-03", "COMMIT");
        long other = RiskTesting.dealWithPlan(team.repB1().api(), "Other team deal", "2026-12-03", "COMMIT");
        team.repA1().api().get("/api/opportunities/" + slipping + "/risk");
        team.repB1().api().get("/api/opportunities/" + other + "/risk");
        PageSession manager =
                PageSession.signIn(port, team.managerA().user().email(), Fixtures.PASSWORD, "/team/risks");
        PageSession.Response page = manager.get("/team/risks");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text())
                .contains("Slipping deal")
                .doesNotContain("Other team deal")
                .contains("data-level-total=\"HIGH\"")
                .contains("$12,500")
                .contains("data-risk-chart=");
        assertThat(manager.get("/team/risks?level=LOW").text()).contains("No deals match this filter");
        assertThat(manager.get("/team/risks?level=NOPE").text()).contains("Is not a valid choice");
        PageSession rep = PageSession.signIn(port, team.repA1().user().email(), Fixtures.PASSWORD, "/pipeline");
        assertThat(rep.get("/team/risks").status()).isEqualTo(403);
    }
}
