package io.closewright.checkup;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.TestClock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Checkups through the API, today Tue 1 Dec 2026. Hand-checked: a chain a(2) -> b(3) -> c(1) closing Fri
 * 18 Dec has a due Mon 14, b Thu 17 and c Fri 18 Dec, so with the default lead of 2 working days the
 * checkups fall on Thu 10, Tue 15 and Wed 16 Dec. Closing Thu 24 Dec instead, a is due Fri 18, b Wed 23
 * and c Thu 24 Dec: checkups on Wed 16, Mon 21 and Tue 22 Dec.
 */
@IntegrationTest
class CheckupApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    Fixtures.Team team;
    Api rep;
    long deal;
    String base;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
        rep = team.repA1().api();
        long account = Deals.account(rep, "Checkup Co");
        deal = rep.post("/api/opportunities", Deals.deal(account, "Checkup deal", "2026-12-18"))
                .id();
        base = "/api/opportunities/" + deal;
        Api.Response plan = rep.put(base + "/plan", Map.of("steps", chain()), null);
        assertThat(plan.status()).as(plan.text()).isEqualTo(200);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static List<Map<String, Object>> chain() {
        return List.of(step("a", "SELLER", 2), step("b", "BUYER", 3, "a"), step("c", "JOINT", 1, "b"));
    }

    static Map<String, Object> step(String key, String owner, int days, String... deps) {
        return Map.of(
                "key", key, "title", "Step " + key, "owner", owner, "durationDays", days, "dependsOn", List.of(deps));
    }

    static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    Map<String, String> scheduledDates() {
        Map<String, String> dates = new HashMap<>();
        rep.get(base + "/checkups/scheduled")
                .json()
                .forEach(s -> dates.put(
                        s.get("stepKey").asString(), s.get("scheduledOn").asString()));
        return dates;
    }

    @Test
    void schedulesACheckupBeforeEachOpenStepAndMovesItWithThePlan() {
        assertThat(scheduledDates()).isEqualTo(Map.of("a", "2026-12-10", "b", "2026-12-15", "c", "2026-12-16"));
        JsonNode first = rep.get(base + "/checkups/scheduled").json().get(0);
        assertThat(first.get("workingDaysAway").asInt()).isEqualTo(7);
        assertThat(first.get("overdue").asBoolean()).isFalse();

        Api.Response moved =
                rep.post(base + "/close-date", Map.of("closeDate", "2026-12-24", "reason", "Buyer's board moved"));
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        assertThat(scheduledDates()).isEqualTo(Map.of("a", "2026-12-16", "b", "2026-12-21", "c", "2026-12-22"));

        assertThat(rep.post(base + "/plan/steps/a/done", Map.of("doneOn", "2026-12-01"))
                        .status())
                .isEqualTo(200);
        assertThat(scheduledDates()).containsOnlyKeys("b", "c");
    }

    @Test
    void followsTheWorkspaceLeadDays() {
        Api admin = team.admin().api();
        Api.Response settings = admin.get("/api/workspace/checkup-settings");
        assertThat(settings.json().get("leadDays").asInt()).isEqualTo(2);
        assertThat(settings.json().get("blockerAgeLimitDays").asInt()).isEqualTo(5);
        String path = "/api/workspace/checkup-settings";
        assertThat(admin.put(path, Map.of("leadDays", 3), null).status()).isEqualTo(428);
        assertThat(admin.put(path, Map.of("leadDays", 3), "\"99\"").status()).isEqualTo(412);
        assertThat(admin.put(path, Map.of("leadDays", 99), settings.etag()).status())
                .isEqualTo(400);
        assertThat(rep.put(path, Map.of("leadDays", 3), settings.etag()).status())
                .isEqualTo(403);
        Api.Response changed = admin.put(path, Map.of("leadDays", 3), settings.etag());
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().get("blockerAgeLimitDays").asInt()).isEqualTo(5);
        assertThat(scheduledDates()).containsEntry("a", "2026-12-09");
    }

    @Test
    void recordsACheckupWithItsQuality() {
        Api.Response good = rep.post(
                base + "/checkups",
                body(
                        "stepKey",
                        "a",
                        "heldOn",
                        "2026-12-01",
                        "problem",
                        "Security questionnaire has 200 questions",
                        "solution",
                        "Send our SOC 2 report and pre-filled answers"));
        assertThat(good.status()).as(good.text()).isEqualTo(201);
        JsonNode quality = good.json().get("quality");
        assertThat(quality.get("beforeDeadline").asBoolean()).isTrue();
        assertThat(quality.get("problemIdentified").asBoolean()).isTrue();
        assertThat(quality.get("solutionReady").asBoolean()).isTrue();
        assertThat(quality.get("score").asInt()).isEqualTo(3);
        assertThat(quality.get("justCheckingIn").asBoolean()).isFalse();
        assertThat(good.json().get("deadline").asString()).isEqualTo("2026-12-14");

        Api.Response nag = rep.post(base + "/checkups", body("heldOn", "2026-12-01", "notes", "Any news?"));
        assertThat(nag.status()).as(nag.text()).isEqualTo(201);
        assertThat(nag.json().get("quality").get("justCheckingIn").asBoolean()).isTrue();
        assertThat(nag.json().get("quality").get("score").asInt()).isEqualTo(1);
        assertThat(nag.json().get("deadline").asString()).isEqualTo("2026-12-14");

        JsonNode list = rep.get(base + "/checkups").json();
        assertThat(list.get("total").asInt()).isEqualTo(2);
        JsonNode scheduledA = rep.get(base + "/checkups/scheduled").json().get(0);
        assertThat(scheduledA.get("heldOn").asString()).isEqualTo("2026-12-01");
    }

    @Test
    void aCheckupAfterTheDeadlineIsNotBeforeIt() {
        clock.set(Instant.parse("2026-12-15T09:00:00Z"));
        Api.Response late = rep.post(base + "/checkups", body("stepKey", "a", "heldOn", "2026-12-15", "problem", "p"));
        assertThat(late.status()).as(late.text()).isEqualTo(201);
        assertThat(late.json().get("quality").get("beforeDeadline").asBoolean()).isFalse();
        assertThat(late.json().get("quality").get("score").asInt()).isEqualTo(1);
    }

    @Test
    void preparesACheckupAndRecordingUsesThePreparationUp() {
        Api.Response prepared = rep.put(
                base + "/checkups/scheduled/b/preparation",
                body("problem", "Procurement wants three quotes", "solution", "Bring two reference customers"),
                null);
        assertThat(prepared.status()).as(prepared.text()).isEqualTo(200);
        assertThat(prepared.json().get("preparedProblem").asString()).isEqualTo("Procurement wants three quotes");
        assertThat(rep.put(base + "/checkups/scheduled/zzz/preparation", body("problem", "x"), null)
                        .status())
                .isEqualTo(400);
        rep.post(base + "/checkups", body("stepKey", "b", "heldOn", "2026-12-01", "problem", "p", "solution", "s"));
        JsonNode b = rep.get(base + "/checkups/scheduled").json().get(1);
        assertThat(b.get("stepKey").asString()).isEqualTo("b");
        assertThat(b.get("preparedProblem").isNull()).isTrue();
    }

    @Test
    void raisesAgesAndResolvesBlockers() {
        Api.Response raised = rep.post(
                base + "/blockers",
                body("description", "Legal has not seen the MSA", "stepKey", "b", "ownerSide", "BUYER"));
        assertThat(raised.status()).as(raised.text()).isEqualTo(201);
        assertThat(raised.json().get("ageDays").asInt()).isZero();
        assertThat(raised.json().get("flagged").asBoolean()).isFalse();
        long id = raised.id();

        clock.set(Instant.parse("2026-12-08T09:00:00Z"));
        JsonNode five = rep.get(base + "/blockers").json().get("items").get(0);
        assertThat(five.get("ageDays").asInt()).isEqualTo(5);
        assertThat(five.get("flagged").asBoolean()).isFalse();
        clock.set(Instant.parse("2026-12-09T09:00:00Z"));
        JsonNode six = rep.get(base + "/blockers").json().get("items").get(0);
        assertThat(six.get("ageDays").asInt()).isEqualTo(6);
        assertThat(six.get("flagged").asBoolean()).isTrue();

        Api.Response resolved =
                rep.post(base + "/blockers/" + id + "/resolve", body("resolution", "Walked their counsel through it"));
        assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
        assertThat(resolved.json().get("resolvedOn").asString()).isEqualTo("2026-12-09");
        assertThat(resolved.json().get("flagged").asBoolean()).isFalse();
        assertThat(resolved.json().get("ageDays").asInt()).isEqualTo(6);
    }

    @Test
    void turnsABlockerOnAStepIntoAPreparedCheckup() {
        long id = rep.post(
                        base + "/blockers",
                        body("description", "No budget owner", "stepKey", "c", "ownerSide", "BUYER"))
                .id();
        Api.Response prepared =
                rep.post(base + "/blockers/" + id + "/checkup", body("solution", "Ask the CFO to join"));
        assertThat(prepared.status()).as(prepared.text()).isEqualTo(200);
        assertThat(prepared.json().get("stepKey").asString()).isEqualTo("c");
        assertThat(prepared.json().get("preparedProblem").asString()).isEqualTo("No budget owner");
        assertThat(prepared.json().get("preparedSolution").asString()).isEqualTo("Ask the CFO to join");

        long stepless = rep.post(base + "/blockers", body("description", "Champion left", "ownerSide", "SELLER"))
                .id();
        assertThat(rep.post(base + "/blockers/" + stepless + "/checkup", body("solution", "x"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void refusesBadInputAndChangesNothing() {
        long blocker = rep.post(base + "/blockers", body("description", "Waiting on IT", "ownerSide", "BUYER"))
                .id();
        rep.post(base + "/blockers/" + blocker + "/resolve", body("resolution", "IT said yes"));
        String checkupsBefore = rep.get(base + "/checkups").text();
        String blockersBefore = rep.get(base + "/blockers").text();

        Api.Response future =
                rep.post(base + "/checkups", body("stepKey", "a", "heldOn", "2026-12-02", "problem", "p"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.text()).contains("heldOn");
        Api.Response unknown = rep.post(base + "/checkups", body("stepKey", "zzz", "heldOn", "2026-12-01"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("stepKey");
        assertThat(rep.post(base + "/checkups", body("problem", "p")).status()).isEqualTo(400);
        assertThat(rep.post(base + "/checkups", body("heldOn", "yesterday")).status())
                .isEqualTo(400);
        Api.Response blank = rep.post(base + "/blockers", body("description", "   ", "ownerSide", "BUYER"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.text()).contains("description");
        assertThat(rep.post(base + "/blockers", body("description", "x", "stepKey", "zzz", "ownerSide", "BUYER"))
                        .status())
                .isEqualTo(400);
        assertThat(rep.post(base + "/blockers", body("description", "x", "ownerSide", "NOBODY"))
                        .status())
                .isEqualTo(400);
        Api.Response again = rep.post(base + "/blockers/" + blocker + "/resolve", body("resolution", "Again"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(rep.post(base + "/blockers/999999999/resolve", body("resolution", "x"))
                        .status())
                .isEqualTo(404);

        Api other = team.repA2().api();
        assertThat(other.get(base + "/checkups").status()).isEqualTo(404);
        assertThat(other.get(base + "/checkups/scheduled").status()).isEqualTo(404);
        assertThat(other.get(base + "/blockers").status()).isEqualTo(404);
        assertThat(other.post(base + "/checkups", body("heldOn", "2026-12-01", "problem", "p"))
                        .status())
                .isEqualTo(404);
        assertThat(other.post(base + "/blockers", body("description", "x", "ownerSide", "BUYER"))
                        .status())
                .isEqualTo(404);
        assertThat(other.post(base + "/blockers/" + blocker + "/resolve", body("resolution", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(other.put(base + "/checkups/scheduled/a/preparation", body("problem", "x"), null)
                        .status())
                .isEqualTo(404);

        assertThat(rep.get(base + "/checkups").text()).isEqualTo(checkupsBefore);
        assertThat(rep.get(base + "/blockers").text()).isEqualTo(blockersBefore);
        assertThat(rep.get(base + "/checkups/scheduled").text()).doesNotContain("\"preparedProblem\":\"x\"");
    }

    @Test
    void managersSeeTheirTeamsCheckupsAndCoachingOnly() {
        rep.post(base + "/checkups", body("stepKey", "a", "heldOn", "2026-12-01", "problem", "p", "solution", "s"));
        rep.post(base + "/checkups", body("heldOn", "2026-12-01"));
        rep.post(base + "/blockers", body("description", "Stuck", "ownerSide", "BUYER"));
        assertThat(team.managerA().api().get(base + "/checkups").status()).isEqualTo(200);
        assertThat(team.managerB().api().get(base + "/checkups").status()).isEqualTo(404);

        JsonNode coaching =
                team.managerA().api().get("/api/team/coaching?days=30").json();
        JsonNode repA1 = null;
        for (JsonNode r : coaching.get("reps")) {
            if (r.get("userId").asLong() == team.repA1().id()) {
                repA1 = r;
            }
            assertThat(r.get("userId").asLong()).isNotEqualTo(team.repB1().id());
        }
        assertThat(repA1).isNotNull();
        assertThat(repA1.get("held").asInt()).isEqualTo(2);
        assertThat(repA1.get("problemShare").asDouble()).isEqualTo(0.5);
        assertThat(repA1.get("justCheckingInShare").asDouble()).isEqualTo(0.5);
        assertThat(repA1.get("beforeDeadlineShare").asDouble()).isEqualTo(1.0);
        assertThat(repA1.get("openBlockersByAge").get("0-2").asInt()).isEqualTo(1);
        assertThat(team.managerB().api().get("/api/team/coaching?days=30").text())
                .doesNotContain("\"userId\":" + team.repA1().id() + ",");
        assertThat(team.managerA().api().get("/api/team/coaching?days=0").status())
                .isEqualTo(400);
    }
}
