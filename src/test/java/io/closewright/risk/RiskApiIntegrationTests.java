package io.closewright.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.shared.NoticeRaised;
import io.closewright.support.Api;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.RecordedNotices;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The risk API on both databases: a deal's risk with its signals, the cause of its slip and the
 * suggested date; the team's risks, paged and filtered, within the visibility rule; escalations.
 * Today is Tue 1 Dec 2026.
 */
@IntegrationTest
class RiskApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RecordedNotices notices;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void answersADealsRiskWithItsSignalsTheCauseOfTheSlipAndTheSuggestedDate() {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        long deal = RiskTesting.dealWithPlan(rep, "Slipping", "2026-12-03", "COMMIT");

        JsonNode risk = rep.get("/api/opportunities/" + deal + "/risk").json();
        assertThat(risk.get("level").asString()).isEqualTo("HIGH");
        assertThat(codes(risk.get("signals"), "code")).contains("PLAN_OFF_TRACK", "SINGLE_THREADED");
        JsonNode redate = risk.get("recommendations").get(0);
        assertThat(redate.get("action").asString()).isEqualTo("REEVALUATE_CLOSE_DATE");
        String earliest = rep.get("/api/opportunities/" + deal + "/plan")
                .json()
                .get("earliestCloseDate")
                .asString();
        assertThat(redate.get("suggestedCloseDate").asString())
                .isEqualTo(earliest)
                .isEqualTo("2026-12-08");
        JsonNode slip = risk.get("slip");
        assertThat(codes(slip.get("steps"), "key")).containsExactly("a", "b", "c");
        assertThat(codes(slip.get("sides"), null)).containsExactly("SELLER", "BUYER", "JOINT");
        assertThat(slip.get("forecastPeriod").asString()).isEqualTo("2026-Q4");
    }

    @Test
    void aDealOutsideTheViewersReachAnswers404LikeAMissingOne() {
        Fixtures.Team team = fixtures.team(port);
        long theirs = RiskTesting.dealWithPlan(team.repB1().api(), "Theirs", "2026-12-31", "PIPELINE");
        Api rep = team.repA1().api();
        Api.Response foreign = rep.get("/api/opportunities/" + theirs + "/risk");
        Api.Response missing = rep.get("/api/opportunities/987654321/risk");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(foreign.json().get("detail").asString())
                .isEqualTo(missing.json().get("detail").asString().replace("987654321", String.valueOf(theirs)));
        assertThat(rep.post("/api/opportunities/" + theirs + "/escalations", Map.of("note", "help"))
                        .status())
                .isEqualTo(404);
        assertThat(team.managerB()
                        .api()
                        .get("/api/opportunities/" + theirs + "/risk")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void listsTheTeamsRisksHighestFirstFilteredAndWithinReach() {
        Fixtures.Team team = fixtures.team(port);
        long slipping = RiskTesting.dealWithPlan(team.repA1().api(), "Slipping", "2026-12-03", "COMMIT");
        long healthy = RiskTesting.dealWithPlan(team.repA2().api(), "Healthy", "2027-01-29", "PIPELINE");
        long other = RiskTesting.dealWithPlan(team.repB1().api(), "Other team", "2026-12-03", "COMMIT");
        Api manager = team.managerA().api();
        for (long id : List.of(slipping, healthy)) {
            manager.get("/api/opportunities/" + id + "/risk");
        }
        team.managerB().api().get("/api/opportunities/" + other + "/risk");

        JsonNode all = manager.get("/api/risks").json();
        assertThat(all.get("total").asLong()).isEqualTo(2);
        assertThat(codes(all.get("items"), "opportunityId"))
                .containsExactly(String.valueOf(slipping), String.valueOf(healthy));
        assertThat(all.get("items").get(0).get("level").asString()).isEqualTo("HIGH");
        assertThat(all.get("totals").get(0).get("level").asString()).isEqualTo("HIGH");
        assertThat(all.get("totals").get(0).get("amount").decimalValue()).isEqualByComparingTo("12500");

        JsonNode offTrack = manager.get("/api/risks?signal=PLAN_OFF_TRACK").json();
        assertThat(codes(offTrack.get("items"), "opportunityId")).containsExactly(String.valueOf(slipping));
        JsonNode mine = manager.get("/api/risks?ownerId=" + team.repA2().id() + "&size=1")
                .json();
        assertThat(mine.get("total").asLong()).isEqualTo(1);
        assertThat(mine.get("size").asInt()).isEqualTo(1);
        assertThat(team.repA2().api().get("/api/risks").json().get("total").asLong())
                .isEqualTo(1);

        Api.Response bad = manager.get("/api/risks?level=SEVERE");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("level");
        assertThat(manager.get("/api/risks?size=500").status()).isEqualTo(400);
    }

    @Test
    void aRepEscalatesADealToTheManagerWithANote() {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        long deal = RiskTesting.dealWithPlan(rep, "Escalated", "2026-12-31", "BEST_CASE");

        Api.Response blank = rep.post("/api/opportunities/" + deal + "/escalations", Map.of("note", "  "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("note");
        assertThat(rep.post("/api/opportunities/" + deal + "/escalations", Map.of("note", "x".repeat(2001)))
                        .status())
                .isEqualTo(400);
        assertThat(rep.get("/api/opportunities/" + deal + "/escalations").json().size())
                .isZero();

        Api.Response sent = rep.post(
                "/api/opportunities/" + deal + "/escalations", Map.of("note", "Please call their CFO with me"));
        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.json().get("managerId").asLong())
                .isEqualTo(team.managerA().id());
        List<NoticeRaised> told = notices.about(deal, Escalations.KIND);
        assertThat(told).hasSize(1);
        assertThat(told.get(0).recipientId()).isEqualTo(team.managerA().id());
        assertThat(told.get(0).body()).contains("Please call their CFO with me");
        assertThat(told.get(0).dedupKey())
                .isEqualTo("escalation:" + sent.json().get("id").asLong());
        assertThat(rep.get("/api/opportunities/" + deal + "/escalations").json().size())
                .isEqualTo(1);
    }

    @Test
    void aManagerWithoutAManagerHasNobodyToEscalateTo() {
        Fixtures.Team team = fixtures.team(port);
        long deal = RiskTesting.dealWithPlan(team.managerA().api(), "Own deal", "2026-12-31", "COMMIT");
        Api.Response refused =
                team.managerA().api().post("/api/opportunities/" + deal + "/escalations", Map.of("note", "Help"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(notices.about(deal, Escalations.KIND)).isEmpty();
    }

    @Test
    void theReadModelFollowsAChangeOnceItCommits() throws InterruptedException {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        long deal = RiskTesting.dealWithPlan(rep, "Follows", "2027-01-29", "PIPELINE");
        rep.post("/api/opportunities/" + deal + "/close-date", Map.of("closeDate", "2026-12-03"));
        String level = null;
        for (int i = 0; i < 100 && !"HIGH".equals(level); i++) {
            Thread.sleep(200);
            level = jdbc.sql("SELECT risk_level FROM deal_risk WHERE opportunity_id = ?")
                    .param(deal)
                    .query(String.class)
                    .optional()
                    .orElse(null);
        }
        assertThat(level).isEqualTo("HIGH");
    }

    @Test
    void anAdminRecomputesTheWholeWorkspaceAtOnce() {
        Fixtures.Team team = fixtures.team(port);
        RiskTesting.dealWithPlan(team.repA1().api(), "One", "2026-12-31", "COMMIT");
        RiskTesting.dealWithPlan(team.repB1().api(), "Two", "2026-12-31", "COMMIT");
        Api.Response done = team.admin().api().post("/api/risks/recompute", Map.of());
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().get("deals").asInt()).isEqualTo(2);
        assertThat(team.admin().api().get("/api/risks").json().get("total").asLong())
                .isEqualTo(2);
        assertThat(team.managerA().api().post("/api/risks/recompute", Map.of()).status())
                .isEqualTo(403);
    }

    private static List<String> codes(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asString() : n.get(field).asString()));
        return out;
    }
}
