package io.closewright.closeplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Plans through the API, with today fixed at Tue 1 Dec 2026 by the test clock. Hand-checked dates:
 * a 3-step chain a(2) -> b(3) -> c(1) due Fri 18 Dec 2026 gives c due 18 Dec, b 15..17 Dec, a 11..14 Dec;
 * started today it runs a 1..2 Dec, b 3, 4 and 7 Dec (over the weekend), c 8 Dec.
 */
@IntegrationTest
class ClosePlanApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Fixtures.Team team;
    Api rep;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
        rep = team.repA1().api();
    }

    static Map<String, Object> step(String key, String owner, int days, String... deps) {
        return Map.of(
                "key", key, "title", "Step " + key, "owner", owner, "durationDays", days, "dependsOn", List.of(deps));
    }

    static List<Map<String, Object>> chain() {
        return List.of(step("a", "SELLER", 2), step("b", "BUYER", 3, "a"), step("c", "JOINT", 1, "b"));
    }

    long dealClosing(String date) {
        long account = Deals.account(rep, "Plan Co " + date);
        return rep.post("/api/opportunities", Deals.deal(account, "Plan deal", date))
                .id();
    }

    @Test
    void schedulesAHandMadePlanBackwardsFromTheCloseDate() {
        long deal = dealClosing("2026-12-18");
        Api.Response put = rep.put("/api/opportunities/" + deal + "/plan", Map.of("steps", chain()), null);
        assertThat(put.status()).as(put.text()).isEqualTo(200);
        JsonNode plan = rep.get("/api/opportunities/" + deal + "/plan").json();
        assertThat(plan.get("targetCloseDate").asString()).isEqualTo("2026-12-18");
        assertThat(step(plan, "c").get("dueDate").asString()).isEqualTo("2026-12-18");
        assertThat(step(plan, "b").get("latestStart").asString()).isEqualTo("2026-12-15");
        assertThat(step(plan, "b").get("dueDate").asString()).isEqualTo("2026-12-17");
        assertThat(step(plan, "a").get("latestStart").asString()).isEqualTo("2026-12-11");
        assertThat(step(plan, "a").get("dueDate").asString()).isEqualTo("2026-12-14");
        assertThat(step(plan, "a").get("earliestStart").asString()).isEqualTo("2026-12-01");
        assertThat(plan.get("projectedCloseDate").asString()).isEqualTo("2026-12-08");
        assertThat(plan.get("feasible").asBoolean()).isTrue();
        assertThat(plan.get("minSlackDays").asInt()).isEqualTo(8);
        assertThat(plan.get("scheduleStatus").asString()).isEqualTo("ON_TRACK");
        assertThat(plan.get("criticalPath").toString()).isEqualTo("[\"a\",\"b\",\"c\"]");
    }

    @Test
    void anUnrealisticDateIsOffTrackWithTheEarliestRealisticDate() {
        long deal = dealClosing("2026-12-03");
        JsonNode plan = rep.put("/api/opportunities/" + deal + "/plan", Map.of("steps", chain()), null)
                .json();
        assertThat(plan.get("feasible").asBoolean()).isFalse();
        assertThat(plan.get("scheduleStatus").asString()).isEqualTo("OFF_TRACK");
        assertThat(plan.get("earliestCloseDate").asString()).isEqualTo("2026-12-08");
        assertThat(plan.get("minSlackDays").asInt()).isEqualTo(-3);
    }

    @Test
    void changingTheCloseDateRedatesThePlanAndCompletingAStepReprojectsIt() {
        long deal = dealClosing("2026-12-18");
        rep.put("/api/opportunities/" + deal + "/plan", Map.of("steps", chain()), null);
        rep.post(
                "/api/opportunities/" + deal + "/close-date",
                Map.of("closeDate", "2026-12-24", "reason", "Buyer asked"));
        JsonNode plan = rep.get("/api/opportunities/" + deal + "/plan").json();
        assertThat(step(plan, "c").get("dueDate").asString()).isEqualTo("2026-12-24");

        Api.Response done =
                rep.post("/api/opportunities/" + deal + "/plan/steps/a/done", Map.of("doneOn", "2026-11-30"));
        assertThat(done.status()).as(done.text()).isEqualTo(200);
        JsonNode after = done.json();
        assertThat(step(after, "a").get("status").asString()).isEqualTo("DONE");
        assertThat(step(after, "b").get("earliestStart").asString()).isEqualTo("2026-12-01");
        assertThat(after.get("projectedCloseDate").asString()).isEqualTo("2026-12-04");
        assertThat(after.get("progress").asDouble()).isEqualTo(2.0 / 6.0, org.assertj.core.data.Offset.offset(1e-9));

        assertThat(rep.post("/api/opportunities/" + deal + "/plan/steps/c/done", Map.of())
                        .status())
                .isEqualTo(409);
        assertThat(rep.post("/api/opportunities/" + deal + "/plan/steps/a/reopen", Map.of())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void appliesTheStandardTemplateAndPreviewsWithoutStoring() {
        JsonNode templates = rep.get("/api/plan-templates").json();
        assertThat(templates.toString()).contains("\"id\":\"standard\"");
        JsonNode preview = rep.post("/api/plans/preview", Map.of("closeDate", "2026-12-11", "templateId", "standard"))
                .json();
        assertThat(preview.get("feasible").asBoolean()).isFalse();
        assertThat(preview.get("earliestCloseDate").asString()).isNotBlank();
        assertThat(preview.get("steps").size()).isEqualTo(10);

        long deal = dealClosing("2027-03-31");
        assertThat(rep.get("/api/opportunities/" + deal + "/plan").status()).isEqualTo(404);
        JsonNode plan = rep.put("/api/opportunities/" + deal + "/plan", Map.of("templateId", "standard"), null)
                .json();
        assertThat(plan.get("feasible").asBoolean()).isTrue();
        assertThat(plan.get("templateId").asString()).isEqualTo("standard");
        assertThat(step(plan, "signature").get("dueDate").asString()).isEqualTo("2027-03-31");
    }

    @Test
    void refusesBadPlansNamingTheProblem() {
        long deal = dealClosing("2027-02-26");
        String path = "/api/opportunities/" + deal + "/plan";
        Api.Response cycle = rep.put(
                path,
                Map.of(
                        "steps",
                        List.of(step("a", "SELLER", 1, "c"), step("b", "SELLER", 1, "a"), step("c", "BUYER", 1, "b"))),
                null);
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.text()).contains("a -> b -> c -> a");
        assertThat(rep.put(path, Map.of("steps", List.of(step("a", "SELLER", 1, "zzz"))), null)
                        .text())
                .contains("zzz");
        assertThat(rep.put(path, Map.of("steps", List.of(step("a", "SELLER", 1), step("a", "BUYER", 2))), null)
                        .status())
                .isEqualTo(400);
        assertThat(rep.put(path, Map.of("steps", List.of(step("a", "SELLER", 0))), null)
                        .text())
                .contains("durationDays");
        assertThat(rep.put(path, Map.of("steps", List.of(step("a", "SELLER", 251))), null)
                        .status())
                .isEqualTo(400);
        assertThat(rep.put(path, Map.of("steps", List.of()), null).status()).isEqualTo(400);
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            many.add(step("s" + i, "SELLER", 1));
        }
        assertThat(rep.put(path, Map.of("steps", many), null).status()).isEqualTo(400);
        assertThat(rep.put(path, Map.of("templateId", "nope"), null).status()).isEqualTo(400);
        assertThat(rep.get(path).status()).isEqualTo(404);
    }

    @Test
    void replacingAPlanNeedsItsVersionAndOthersCannotSeeIt() {
        long deal = dealClosing("2027-02-26");
        String path = "/api/opportunities/" + deal + "/plan";
        Api.Response first = rep.put(path, Map.of("steps", chain()), null);
        assertThat(rep.put(path, Map.of("templateId", "standard"), null).status())
                .isEqualTo(428);
        assertThat(rep.put(path, Map.of("templateId", "standard"), "\"99\"").status())
                .isEqualTo(412);
        assertThat(rep.put(path, Map.of("templateId", "standard"), first.etag()).status())
                .isEqualTo(200);
        assertThat(team.repA2().api().get(path).status()).isEqualTo(404);
        assertThat(team.repA2()
                        .api()
                        .post(path + "/steps/discovery/done", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(team.managerA().api().get(path).status()).isEqualTo(200);
    }

    @Test
    void aTemplateAttachedToAStageIsAppliedWhenADealEntersIt() {
        Api manager = team.managerA().api();
        Api.Response created = manager.post(
                "/api/plan-templates",
                Map.of(
                        "name",
                        "Quick close",
                        "stage",
                        "negotiate",
                        "steps",
                        List.of(step("terms", "JOINT", 2), step("sign", "BUYER", 1, "terms"))));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().get("id").asString()).isEqualTo("quick-close");
        assertThat(rep.post("/api/plan-templates", Map.of("name", "Nope", "steps", chain()))
                        .status())
                .isEqualTo(403);

        Api.Response deal = Deals.open(rep, "Stage plan");
        assertThat(rep.get("/api/opportunities/" + deal.id() + "/plan").status())
                .isEqualTo(404);
        rep.patch("/api/opportunities/" + deal.id(), Map.of("stage", "negotiate"), deal.etag());
        JsonNode plan = rep.get("/api/opportunities/" + deal.id() + "/plan").json();
        assertThat(plan.get("templateId").asString()).isEqualTo("quick-close");
        assertThat(plan.get("steps").size()).isEqualTo(2);
    }

    @Test
    void theWorkspaceCalendarMovesDueDatesOffHolidays() {
        Api admin = team.admin().api();
        Api.Response calendar = admin.get("/api/workspace/calendar");
        assertThat(calendar.json().get("workdays").size()).isEqualTo(5);
        assertThat(rep.put("/api/workspace/calendar", Map.of("holidays", List.of("2026-12-18")), null)
                        .status())
                .isEqualTo(403);
        Api.Response changed = admin.put(
                "/api/workspace/calendar",
                Map.of("holidays", List.of("2026-12-18"), "riskBufferDays", 3),
                calendar.etag());
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        long deal = dealClosing("2026-12-18");
        JsonNode plan = rep.put("/api/opportunities/" + deal + "/plan", Map.of("steps", chain()), null)
                .json();
        assertThat(plan.get("targetCloseDate").asString()).isEqualTo("2026-12-17");
        assertThat(step(plan, "c").get("dueDate").asString()).isEqualTo("2026-12-17");
        assertThat(admin.put("/api/workspace/calendar", Map.of("workdays", List.of()), null)
                        .status())
                .isEqualTo(400);
    }

    static JsonNode step(JsonNode plan, String key) {
        for (JsonNode s : plan.get("steps")) {
            if (s.get("key").asString().equals(key)) {
                return s;
            }
        }
        throw new AssertionError("no step " + key + " in " + plan);
    }
}
