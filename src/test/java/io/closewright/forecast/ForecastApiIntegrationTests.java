package io.closewright.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.closewright.identity.IdentityManagement;
import io.closewright.identity.NewUser;
import io.closewright.identity.Role;
import io.closewright.identity.UserView;
import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.TestClock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The forecast API on hand-computed figures, on H2 and PostgreSQL. The hierarchy has three levels:
 * managerA -> lead -> repC, and managerA -> repA1; managerB -> repB1 is another team. Today is Tue 1 Dec
 * 2026 (the test clock).
 */
@IntegrationTest
class ForecastApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    IdentityManagement identity;

    @Autowired
    TestClock clock;

    @Autowired
    ForecastSnapshotJob job;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record World(Fixtures.Team team, UserView lead, Api leadApi, UserView repC, Api repCApi) {}

    World world() {
        Fixtures.Team team = fixtures.team(port);
        String tag = team.workspace().name().substring(5);
        UserView lead = identity.createUser(
                team.workspace().id(),
                new NewUser(
                        "lead-" + tag + "@example.com",
                        "Lead " + tag,
                        Fixtures.PASSWORD,
                        Role.MANAGER,
                        team.managerA().id()));
        UserView repC = identity.createUser(
                team.workspace().id(),
                new NewUser("rep-c-" + tag + "@example.com", "Rep C " + tag, Fixtures.PASSWORD, Role.REP, lead.id()));
        return new World(team, lead, signIn(team, lead), repC, signIn(team, repC));
    }

    static Api signIn(Fixtures.Team team, UserView user) {
        Api.Response r =
                team.anonymous().post("/api/auth/token", Map.of("email", user.email(), "password", Fixtures.PASSWORD));
        return team.anonymous().as(r.json().get("token").asString());
    }

    static long deal(Api api, String name, int amount, String stage, String close, String category) {
        Map<String, Object> body = new LinkedHashMap<>(Deals.deal(Deals.account(api, name + " Co"), name, close));
        body.put("amount", amount);
        body.put("stage", stage);
        body.put("forecastCategory", category);
        Api.Response r = api.post("/api/opportunities", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    static void close(Api api, long id, String outcome, String on) {
        Api.Response r = api.post(
                "/api/opportunities/" + id + "/close", Map.of("outcome", outcome, "closedOn", on, "reason", "test"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    /** repC: 10000 COMMIT negotiate, 5000 BEST_CASE propose, a January deal, 3000 won today, a lost one; repA1: 8000 PIPELINE validate. */
    World seeded() {
        World w = world();
        deal(w.repCApi(), "Commit deal", 10_000, "negotiate", "2026-12-15", "COMMIT");
        deal(w.repCApi(), "Best deal", 5_000, "propose", "2026-12-20", "BEST_CASE");
        deal(w.repCApi(), "January deal", 2_000, "discover", "2027-01-10", "PIPELINE");
        close(
                w.repCApi(),
                deal(w.repCApi(), "Won deal", 3_000, "negotiate", "2026-12-18", "COMMIT"),
                "WON",
                "2026-12-01");
        close(
                w.repCApi(),
                deal(w.repCApi(), "Lost deal", 4_000, "propose", "2026-12-18", "COMMIT"),
                "LOST",
                "2026-12-01");
        deal(w.team().repA1().api(), "Pipeline deal", 8_000, "validate", "2026-12-31", "PIPELINE");
        deal(w.team().repB1().api(), "Other team", 50_000, "negotiate", "2026-12-10", "COMMIT");
        return w;
    }

    @Test
    void sumsCategoriesAndRollsUpThroughThreeLevels() {
        World w = seeded();
        Api manager = w.team().managerA().api();
        assertThat(manager.put(
                                "/api/forecast/quotas/2026-12",
                                Map.of("userId", w.repC().id(), "amount", 20000),
                                null)
                        .status())
                .isEqualTo(200);
        assertThat(manager.put(
                                "/api/forecast/quotas/2026-12",
                                Map.of("userId", w.team().repA1().id(), "amount", 10000),
                                null)
                        .status())
                .isEqualTo(200);
        JsonNode f = manager.get("/api/forecast?period=2026-12").json();
        assertThat(f.get("scope").get("team").asBoolean()).isTrue();
        JsonNode figures = f.get("figures");
        assertThat(figures.get("closedWon").decimalValue()).isEqualByComparingTo("3000");
        assertThat(figures.get("commit").decimalValue()).isEqualByComparingTo("10000");
        assertThat(figures.get("bestCase").decimalValue()).isEqualByComparingTo("5000");
        assertThat(figures.get("pipeline").decimalValue()).isEqualByComparingTo("8000");
        // 10000 x 80% + 5000 x 60% + 8000 x 40%; the January, won, lost and other team's deals stay out.
        assertThat(figures.get("weighted").decimalValue()).isEqualByComparingTo("14200");
        assertThat(f.get("quota").decimalValue()).isEqualByComparingTo("30000");
        assertThat(f.get("attainment").asDouble()).isEqualTo(0.1);
        JsonNode rows = f.get("rollUp");
        assertThat(rows.size()).as("managerA, lead, repC, repA1, repA2").isEqualTo(5);
        assertThat(rows.get(0).get("userId").asLong())
                .isEqualTo(w.team().managerA().id());
        JsonNode lead = row(rows, w.lead().id());
        assertThat(lead.get("depth").asInt()).isEqualTo(1);
        assertThat(lead.get("figures").get("commit").decimalValue()).isEqualByComparingTo("10000");
        assertThat(lead.get("quota").decimalValue()).isEqualByComparingTo("20000");
        assertThat(lead.get("attainment").asDouble()).isEqualTo(0.15);
        assertThat(row(rows, w.repC().id()).get("depth").asInt()).isEqualTo(2);
        assertThat(row(rows, w.team().repA1().id())
                        .get("figures")
                        .get("pipeline")
                        .decimalValue())
                .isEqualByComparingTo("8000");
        JsonNode expected = f.get("expected");
        assertThat(expected.get("probabilitySource").asString()).isEqualTo("STAGE");
        assertThat(expected.get("trials").asInt()).isEqualTo(10_000);
        // No slips yet: the analytic mean is closed won + the weighted pipeline.
        assertThat(expected.get("analyticMean").asDouble()).isEqualTo(17_200);
        assertThat(expected.get("mean").asDouble()).isCloseTo(17_200, offset(300.0));
        assertThat(expected.get("p10").asDouble())
                .isLessThanOrEqualTo(expected.get("p90").asDouble());
        assertThat(manager.get("/api/forecast?period=2026-12").json().get("expected"))
                .as("seeded: the same band every time")
                .isEqualTo(expected);
        JsonNode quarter = manager.get("/api/forecast?period=2026-Q4").json();
        assertThat(quarter.get("quota").decimalValue()).isEqualByComparingTo("30000");
        assertThat(quarter.get("figures").get("weighted").decimalValue()).isEqualByComparingTo("14200");
    }

    private static JsonNode row(JsonNode rows, long userId) {
        for (JsonNode r : rows) {
            if (r.get("userId").asLong() == userId) {
                return r;
            }
        }
        throw new AssertionError("no row for " + userId);
    }

    @Test
    void nothingAUserMayNotSeeEntersTheirFigures() {
        World w = seeded();
        JsonNode rep =
                w.team().repA1().api().get("/api/forecast?period=2026-12").json();
        assertThat(rep.get("scope").get("team").asBoolean()).isFalse();
        assertThat(rep.get("figures").get("pipeline").decimalValue()).isEqualByComparingTo("8000");
        assertThat(rep.get("figures").get("commit").decimalValue()).isEqualByComparingTo("0");
        assertThat(rep.get("rollUp").size()).isEqualTo(1);
        JsonNode lead = w.leadApi().get("/api/forecast?period=2026-12").json();
        assertThat(lead.get("figures").get("pipeline").decimalValue()).isEqualByComparingTo("0");
        assertThat(lead.get("figures").get("commit").decimalValue()).isEqualByComparingTo("10000");
        JsonNode managerB =
                w.team().managerB().api().get("/api/forecast?period=2026-12").json();
        assertThat(managerB.get("figures").get("commit").decimalValue()).isEqualByComparingTo("50000");
        assertThat(managerB.get("figures").get("weighted").decimalValue()).isEqualByComparingTo("40000");
        Api repA1 = w.team().repA1().api();
        assertThat(repA1.get("/api/forecast?teamOf=" + w.team().managerA().id()).status())
                .isEqualTo(404);
        assertThat(repA1.get("/api/forecast?ownerId=" + w.repC().id()).status()).isEqualTo(404);
        assertThat(w.team()
                        .managerA()
                        .api()
                        .get("/api/forecast?ownerId=" + w.team().repB1().id())
                        .status())
                .isEqualTo(404);
        assertThat(w.team()
                        .managerA()
                        .api()
                        .get("/api/pipeline/health?teamOf="
                                + w.team().managerB().id())
                        .status())
                .isEqualTo(404);
        JsonNode admin =
                w.team().admin().api().get("/api/forecast?period=2026-12").json();
        assertThat(admin.get("figures").get("commit").decimalValue()).isEqualByComparingTo("60000");
    }

    @Test
    void aBadPeriodOrScopeIsA400NamingTheField() {
        Fixtures.Team team = fixtures.team(port);
        Api manager = team.managerA().api();
        for (String bad : new String[] {"2026-13", "2026-Q5", "next", "2026-1"}) {
            Api.Response r = manager.get("/api/forecast?period=" + bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.contentType()).contains("application/problem+json");
            assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("period");
        }
        Api.Response both = manager.get("/api/forecast?ownerId=" + team.repA1().id() + "&teamOf="
                + team.managerA().id());
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("errors").get(0).get("field").asString()).isEqualTo("teamOf");
        assertThat(manager.get("/api/forecast?teamOf=abc")
                        .json()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("teamOf");
        assertThat(manager.get("/api/forecast/accuracy?periods=0")
                        .json()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("periods");
        assertThat(manager.put("/api/forecast/calls/2026-14", Map.of("amount", 5), null)
                        .json()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("period");
        assertThat(manager.put("/api/forecast/calls/2026-12", Map.of("amount", -5), null)
                        .json()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("amount");
        assertThat(manager.get("/api/pipeline/health?period=2026-Q9")
                        .json()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("period");
    }

    @Test
    void callsNeverSilentlyOverwriteEachOther() {
        World w = seeded();
        Api manager = w.team().managerA().api();
        Api.Response first = manager.put("/api/forecast/calls/2026-12", Map.of("amount", 21000), null);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.etag()).isEqualTo("\"1\"");
        assertThat(manager.put("/api/forecast/calls/2026-12", Map.of("amount", 1), null)
                        .status())
                .isEqualTo(428);
        assertThat(manager.put("/api/forecast/calls/2026-12", Map.of("amount", 22000), "\"1\"")
                        .status())
                .isEqualTo(200);
        assertThat(manager.put("/api/forecast/calls/2026-12", Map.of("amount", 1), "\"1\"")
                        .status())
                .isEqualTo(412);
        assertThat(w.repCApi()
                        .put("/api/forecast/calls/2026-12", Map.of("amount", 12000), null)
                        .status())
                .isEqualTo(200);
        JsonNode f = manager.get("/api/forecast?period=2026-12").json();
        assertThat(f.get("call").get("amount").decimalValue()).isEqualByComparingTo("22000");
        assertThat(row(f.get("rollUp"), w.repC().id()).get("call").get("amount").decimalValue())
                .isEqualByComparingTo("12000");
        assertThat(w.team()
                        .repA1()
                        .api()
                        .put(
                                "/api/forecast/quotas/2026-12",
                                Map.of("userId", w.team().repA1().id(), "amount", 1),
                                null)
                        .status())
                .isEqualTo(403);
        assertThat(manager.put(
                                "/api/forecast/quotas/2026-12",
                                Map.of("userId", w.team().repB1().id(), "amount", 1),
                                null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void scoresCallsWeightedAndSimulationAgainstActualIncludingAMonthWithNothingWon() {
        World w = world();
        Api rep = w.team().repA1().api();
        clock.set(Instant.parse("2026-10-05T09:00:00Z"));
        long october = deal(rep, "October deal", 6_000, "negotiate", "2026-10-20", "COMMIT");
        rep.put("/api/forecast/calls/2026-10", Map.of("amount", 5000), null);
        assertThat(rep.post("/api/forecast/snapshots", Map.of("period", "2026-10"))
                        .status())
                .isEqualTo(201);
        clock.set(Instant.parse("2026-10-20T09:00:00Z"));
        close(rep, october, "WON", "2026-10-20");
        clock.set(Instant.parse("2026-11-02T09:00:00Z"));
        rep.put("/api/forecast/calls/2026-11", Map.of("amount", 1000), null);
        JsonNode snap =
                rep.post("/api/forecast/snapshots", Map.of("period", "2026-11")).json();
        assertThat(snap.get("kind").asString()).isEqualTo("ON_DEMAND");
        assertThat(snap.get("call").decimalValue()).isEqualByComparingTo("1000");
        clock.reset();
        JsonNode a = rep.get("/api/forecast/accuracy?periods=2").json();
        assertThat(a.get("periods").toString()).isEqualTo("[\"2026-10\",\"2026-11\"]");
        JsonNode me = a.get("people").get(0);
        assertThat(me.get("points").get(0).get("actual").decimalValue()).isEqualByComparingTo("6000");
        assertThat(me.get("points").get(0).get("weighted").decimalValue()).isEqualByComparingTo("4800");
        assertThat(me.get("points").get(1).get("actual").decimalValue()).isEqualByComparingTo("0");
        // Calls: |6000 - 5000| / 6000 in October; November's zero actual has no percentage.
        assertThat(me.get("call").get("mape").asDouble()).isCloseTo(1 / 6.0, offset(1e-9));
        assertThat(me.get("call").get("periodsWithoutActual").asInt()).isEqualTo(1);
        assertThat(me.get("call").get("wape").asDouble()).isCloseTo(2000 / 6000.0, offset(1e-9));
        assertThat(me.get("call").get("bias").asDouble()).isCloseTo(0, offset(1e-9));
        assertThat(me.get("weighted").get("mape").asDouble()).isCloseTo(0.2, offset(1e-9));
        assertThat(me.get("weighted").get("bias").asDouble()).isCloseTo(-0.2, offset(1e-9));
        assertThat(me.get("simulation").get("periods").asInt()).isEqualTo(2);
        JsonNode team = w.team()
                .managerA()
                .api()
                .get("/api/forecast/accuracy?periods=2")
                .json();
        assertThat(team.get("people").get(0).get("team").asBoolean()).isTrue();
        assertThat(team.get("people").get(0).get("points").get(0).get("actual").decimalValue())
                .isEqualByComparingTo("6000");
    }

    @Test
    void weeklySnapshotsAreTakenOncePerWeekHoweverOftenTheJobRuns() {
        World w = seeded();
        clock.set(Instant.parse("2026-12-07T08:00:00Z"));
        int first = job.runDue();
        assertThat(first).isGreaterThan(0);
        assertThat(job.runDue()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM forecast_snapshot WHERE workspace_id = ? AND kind = 'WEEKLY'")
                        .param(w.team().workspace().id())
                        .query(Long.class)
                        .single())
                .as("8 people, this month and this quarter; the 3 managers and the admin also for their team")
                .isEqualTo(2L * (8 + 4));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM forecast_snapshot_run WHERE workspace_id = ?")
                        .param(w.team().workspace().id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        clock.set(Instant.parse("2026-12-14T08:00:00Z"));
        assertThat(job.runDue()).as("next week").isGreaterThan(0);
    }

    @Test
    void pipelineHealthPerRepAndTeam() {
        World w = seeded();
        Api manager = w.team().managerA().api();
        manager.put("/api/forecast/quotas/2026-Q4", Map.of("userId", w.repC().id(), "amount", 23000), null);
        JsonNode h = manager.get("/api/pipeline/health").json();
        assertThat(h.get("period").asString()).isEqualTo("2026-Q4");
        JsonNode repC = row(h.get("people"), w.repC().id()).get("health");
        assertThat(repC.get("openDeals").asInt()).isEqualTo(3);
        assertThat(repC.get("openPipelineInPeriod").asDouble()).isEqualTo(15_000);
        // quota 23000 - won 3000 = 20000 to go; 15000 closing in Q4.
        assertThat(repC.get("coverage").asDouble()).isEqualTo(0.75);
        assertThat(repC.get("winRate").asDouble()).isEqualTo(0.5);
        assertThat(repC.get("averageCycleDays").asDouble()).isEqualTo(0.0);
        assertThat(repC.get("slippageRate").asDouble()).isEqualTo(0.0);
        JsonNode team = h.get("people").get(0).get("health");
        assertThat(team.get("openDeals").asInt()).isEqualTo(4);
        assertThat(team.get("coverage").isNull()).isFalse();
    }
}
