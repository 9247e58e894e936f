package io.closewright.focus;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.TestClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The focus list through the API. Deals are made on Tue 1 Dec 2026 and the list is read on Wed 9 Dec.
 * "Big" (500,000 at 80%, COMMIT) closes Tue 8 Dec with a plan a(3 days, seller) -> b(1 day): a is due
 * Mon 7 Dec, so on Wed 9 Dec it is 2 working days overdue and critical, and the plan is off track.
 */
@IntegrationTest
class FocusApiIntegrationTests {

    static final Instant WED_9_DEC = Instant.parse("2026-12-09T09:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    Fixtures.Team team;
    Api rep;
    long big;
    long ripe;
    long unripe;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
        rep = team.repA1().api();
        long account = Deals.account(rep, "Focus Co");
        big = rep.post("/api/opportunities", deal(account, "Big", 500_000, "negotiate", "COMMIT", "2026-12-08"))
                .id();
        Api.Response plan = rep.put(
                "/api/opportunities/" + big + "/plan",
                Map.of("steps", List.of(step("a", "SELLER", 3), step("b", "JOINT", 1, "a"))),
                null);
        assertThat(plan.status()).as(plan.text()).isEqualTo(200);
        ripe = rep.post("/api/opportunities", deal(account, "Ripe small", 10_000, "qualify", "PIPELINE", "2026-12-31"))
                .id();
        unripe = rep.post(
                        "/api/opportunities",
                        deal(account, "Unripe small", 10_000, "qualify", "PIPELINE", "2027-06-30"))
                .id();
        clock.set(WED_9_DEC);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Map<String, Object> deal(
            long account, String name, int amount, String stage, String category, String close) {
        Map<String, Object> deal = Deals.deal(account, name, close);
        deal.put("amount", amount);
        deal.put("stage", stage);
        deal.put("forecastCategory", category);
        return deal;
    }

    static Map<String, Object> step(String key, String owner, int days, String... deps) {
        return Map.of(
                "key", key, "title", "Step " + key, "owner", owner, "durationDays", days, "dependsOn", List.of(deps));
    }

    long task(Api api, String title, Long deal, String due) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("title", title);
        body.put("dueDate", due);
        body.put("opportunityId", deal);
        Api.Response r = api.post("/api/tasks", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.id();
    }

    static List<JsonNode> items(Api.Response r) {
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        r.json().get("items").forEach(items::add);
        return items;
    }

    static int rankOf(List<JsonNode> items, String kind, String title) {
        return items.stream()
                .filter(i -> i.get("kind").asString().equals(kind)
                        && i.get("title").asString().contains(title))
                .mapToInt(i -> i.get("rank").asInt())
                .findFirst()
                .orElse(-1);
    }

    @Test
    void ranksTheOverdueCriticalStepOfTheLargeCommittedDealFirst() {
        List<JsonNode> items = items(rep.get("/api/focus"));
        JsonNode top = items.get(0);
        assertThat(top.get("kind").asString()).isEqualTo("STEP");
        assertThat(top.get("opportunityId").asLong()).isEqualTo(big);
        assertThat(top.get("stepKey").asString()).isEqualTo("a");
        assertThat(top.get("dueDate").asString()).isEqualTo("2026-12-07");
        assertThat(top.get("overdue").asBoolean()).isTrue();
        assertThat(top.get("why").asString()).contains("2 working days overdue", "critical path", "$400K weighted");
        assertThat(rankOf(items, "REDATE", "Re-date")).isGreaterThan(1);
        JsonNode redate = items.get(rankOf(items, "REDATE", "Re-date") - 1);
        assertThat(redate.get("suggestedCloseDate").asString()).isEqualTo("2026-12-14");
        for (int i = 1; i < items.size(); i++) {
            assertThat(items.get(i).get("score").asDouble())
                    .isLessThanOrEqualTo(items.get(i - 1).get("score").asDouble());
            assertThat(items.get(i).get("rank").asInt()).isEqualTo(i + 1);
        }
    }

    @Test
    void servesTheListAPageAtATimeWithTheNumberOfItemsInTheWholeList() {
        task(rep, "First extra", big, "2026-12-09");
        task(rep, "Second extra", ripe, "2026-12-10");
        List<JsonNode> all = items(rep.get("/api/focus?size=200"));
        assertThat(all).hasSizeGreaterThan(4);

        JsonNode first = rep.get("/api/focus?size=2").json();
        assertThat(first.get("total").asInt()).isEqualTo(all.size());
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(first.get("items")).hasSize(2);
        JsonNode second = rep.get("/api/focus?page=1&size=2").json();
        assertThat(second.get("items").get(0).get("rank").asInt()).isEqualTo(3);
        assertThat(second.get("items").get(1).get("title").asString())
                .isEqualTo(all.get(3).get("title").asString());
        assertThat(rep.get("/api/focus?page=99&size=2").json().get("items")).isEmpty();
        assertThat(rep.get("/api/focus").json().get("size").asInt()).isEqualTo(50);

        for (String bad : List.of("size=0", "size=201", "page=-1", "size=many")) {
            Api.Response refused = rep.get("/api/focus?" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.contentType()).as(bad).contains("problem+json");
            assertThat(refused.text()).as(bad).contains(bad.substring(0, bad.indexOf('=')));
        }
    }

    @Test
    void aChangeCommittedOutsideThisInstanceShowsOnTheNextRead() {
        assertThat(rankOf(items(rep.get("/api/focus")), "STEP", "Step a")).isEqualTo(1);
        assertThat(rankOf(items(rep.get("/api/focus")), "STEP", "Step a")).isEqualTo(1);

        // What another instance on the same database would do: a write that none of this one's code made.
        jdbc.sql("UPDATE plan_step SET title = 'Step a, renamed elsewhere' WHERE close_plan_id = ? AND step_key = 'a'")
                .param(big)
                .update();

        assertThat(rankOf(items(rep.get("/api/focus")), "STEP", "renamed elsewhere"))
                .isEqualTo(1);
    }

    @Test
    void doneItemsLeaveTheList() {
        long t = task(rep, "Send the order form", big, "2026-12-09");
        List<JsonNode> before = items(rep.get("/api/focus"));
        assertThat(rankOf(before, "TASK", "Send the order form")).isPositive();
        assertThat(rankOf(before, "STEP", "Step a")).isEqualTo(1);

        assertThat(rep.post("/api/tasks/" + t + "/done", Map.of()).status()).isEqualTo(200);
        assertThat(rep.post("/api/opportunities/" + big + "/plan/steps/a/done", Map.of())
                        .status())
                .isEqualTo(200);

        List<JsonNode> after = items(rep.get("/api/focus"));
        assertThat(rankOf(after, "TASK", "Send the order form")).isEqualTo(-1);
        assertThat(rankOf(after, "STEP", "Step a")).isEqualTo(-1);
        assertThat(after.stream().filter(i -> "a".equals(i.path("stepKey").asString(null))))
                .isEmpty();
    }

    @Test
    void unripeDealsSinkAndAreListedApart() {
        task(rep, "Call the ripe one", ripe, "2026-12-09");
        task(rep, "Call the unripe one", unripe, "2026-12-09");
        Api.Response r = rep.get("/api/focus");
        List<JsonNode> items = items(r);
        int ripeRank = rankOf(items, "TASK", "Call the ripe one");
        int unripeRank = rankOf(items, "TASK", "Call the unripe one");
        assertThat(ripeRank).isPositive().isLessThan(unripeRank);
        JsonNode sunk = items.get(unripeRank - 1);
        assertThat(sunk.get("unripe").asBoolean()).isTrue();
        assertThat(sunk.get("why").asString()).contains("unripe");
        List<Long> unripeIds = new ArrayList<>();
        r.json()
                .get("unripeDeals")
                .forEach(d -> unripeIds.add(d.get("opportunityId").asLong()));
        assertThat(unripeIds).containsExactly(unripe);
    }

    @Test
    void showsNothingFromDealsTheUserMayNotSee() {
        Api other = team.repA2().api();
        long otherDeal = Deals.open(other, "Not yours").id();
        task(other, "Private to rep A2", otherDeal, "2026-12-09");
        Api.Response foreignTask =
                rep.post("/api/tasks", Map.of("title", "Sneak", "dueDate", "2026-12-09", "opportunityId", otherDeal));
        assertThat(foreignTask.status()).isEqualTo(404);

        List<JsonNode> mine = items(rep.get("/api/focus"));
        assertThat(mine).noneMatch(i -> i.path("opportunityId").asLong() == otherDeal);
        assertThat(mine)
                .allMatch(i -> List.of(big, ripe, unripe)
                        .contains(i.path("opportunityId").asLong()));
        List<JsonNode> managerOwn = items(team.managerA().api().get("/api/focus"));
        assertThat(managerOwn).noneMatch(i -> i.path("opportunityId").asLong() == big);
    }

    @Test
    void aManagerOpensTheListOfARepBelowAndNobodyElseDoes() {
        long repId = team.repA1().id();
        List<JsonNode> own = items(rep.get("/api/focus"));
        Api.Response managers = team.managerA().api().get("/api/focus?userId=" + repId);
        assertThat(items(managers)).hasSameSizeAs(own);
        assertThat(managers.json().get("userId").asLong()).isEqualTo(repId);
        assertThat(team.managerB().api().get("/api/focus?userId=" + repId).status())
                .isEqualTo(404);
        assertThat(team.repA2().api().get("/api/focus?userId=" + repId).status())
                .isEqualTo(404);
        assertThat(rep.get("/api/focus?userId=" + team.repA2().id()).status()).isEqualTo(404);
        assertThat(rep.get("/api/focus?userId=999999999").status()).isEqualTo(404);
    }
}
