package io.closewright.focus;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.closeplan.ClosePlanManagement;
import io.closewright.identity.IdentityManagement;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.shared.NoticeRaised;
import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.RecordedNotices;
import io.closewright.support.TestClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/**
 * The default automation rules with a controllable clock. Deals are made on Tue 1 Dec 2026; the scan is
 * run directly for the test's own workspace, as the db-scheduler task would run it.
 */
@IntegrationTest
class AutomationRuleIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    RuleRunner runner;

    @Autowired
    RecordedNotices notices;

    @Autowired
    AutomationRules rules;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClosePlanManagement plans;

    @Autowired
    OpportunityManagement opportunities;

    @Autowired
    IdentityManagement identity;

    @Autowired
    TaskBook tasks;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    Fixtures.Team team;
    Api rep;
    long ws;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
        rep = team.repA1().api();
        ws = team.workspace().id();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    List<NoticeRaised> noticesOf(Fixtures.Member member, String keyPart) {
        return notices.to(member.id()).stream()
                .filter(n -> n.dedupKey().contains(keyPart))
                .toList();
    }

    long tasksOf(Fixtures.Member member) {
        return jdbc.sql("SELECT COUNT(*) FROM rep_task WHERE owner_id = ?")
                .param(member.id())
                .query(Long.class)
                .single();
    }

    long rule(RuleTrigger trigger) {
        return rules.findByWorkspaceIdOrderById(ws).stream()
                .filter(r -> r.trigger == trigger)
                .findFirst()
                .orElseThrow()
                .id;
    }

    @Test
    void anOverdueAskTellsTheOwnerOncePerAsk() {
        Api.Response deal = Deals.open(rep, "Ask rule");
        long contact = rep.post(
                        "/api/accounts/" + deal.json().get("accountId").asLong() + "/contacts",
                        Map.of("name", "Pat", "email", "pat@buyer.example", "role", "CHAMPION"))
                .id();
        long ask = rep.post(
                        "/api/opportunities/" + deal.id() + "/asks",
                        Map.of(
                                "contactId",
                                contact,
                                "action",
                                "introduce us to the CFO",
                                "outcome",
                                "a signed business case",
                                "dueDate",
                                "2026-12-03"))
                .id();
        assertThat(runner.scanWorkspace(ws)).isZero();

        clock.set(Instant.parse("2026-12-04T09:00:00Z"));
        assertThat(runner.scanWorkspace(ws)).isEqualTo(1);
        assertThat(runner.scanWorkspace(ws)).isZero();
        List<NoticeRaised> told = noticesOf(team.repA1(), "ask:" + ask + ":overdue");
        assertThat(told).hasSize(1);
        assertThat(told.get(0).opportunityId()).isEqualTo(deal.id());
        assertThat(told.get(0).body()).contains("introduce us to the CFO");
    }

    @Test
    void anAgingBlockerTellsTheManagerOnce() {
        long deal = Deals.open(rep, "Blocker rule").id();
        long blocker = rep.post(
                        "/api/opportunities/" + deal + "/blockers",
                        Map.of("description", "Legal has not seen the MSA", "ownerSide", "BUYER"))
                .id();
        clock.set(Instant.parse("2026-12-08T09:00:00Z"));
        runner.scanWorkspace(ws);
        assertThat(noticesOf(team.managerA(), "blocker:" + blocker)).isEmpty();

        clock.set(Instant.parse("2026-12-09T09:00:00Z"));
        runner.scanWorkspace(ws);
        runner.scanWorkspace(ws);
        assertThat(noticesOf(team.managerA(), "blocker:" + blocker + ":aged")).hasSize(1);
        assertThat(noticesOf(team.repA1(), "blocker:" + blocker)).isEmpty();
    }

    @Test
    void aQuietDealGetsOneTaskPerQuietSpellAndADisabledRuleStops() {
        long deal = Deals.open(rep, "Quiet rule").id();
        clock.set(Instant.parse("2026-12-23T09:00:00Z"));
        runner.scanWorkspace(ws);
        runner.scanWorkspace(ws);
        JsonNode open = rep.get("/api/tasks").json();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("title").asString()).startsWith("Get back in touch");
        assertThat(open.get(0).get("opportunityId").asLong()).isEqualTo(deal);
        assertThat(open.get(0).get("ruleId").asLong()).isEqualTo(rule(RuleTrigger.NO_ACTIVITY));

        Api admin = team.admin().api();
        long quiet = rule(RuleTrigger.NO_ACTIVITY);
        long version = rules.findById(quiet).orElseThrow().version;
        Api.Response off = admin.put(
                "/api/automation-rules/" + quiet,
                Map.of(
                        "name",
                        "Quiet",
                        "trigger",
                        "NO_ACTIVITY",
                        "days",
                        21,
                        "action",
                        "CREATE_TASK",
                        "taskTitle",
                        "Get back in touch",
                        "enabled",
                        false),
                "\"" + version + "\"");
        assertThat(off.status()).as(off.text()).isEqualTo(200);
        Deals.open(rep, "Another quiet one");
        clock.set(Instant.parse("2027-01-20T09:00:00Z"));
        assertThat(runner.scanWorkspace(ws)).isZero();
        assertThat(tasksOf(team.repA1())).isEqualTo(1);
    }

    @Test
    void enteringAStageCreatesTheTaskOnceAndAnOffTrackPlanTellsTheOwner() throws Exception {
        Api.Response deal = Deals.open(rep, "Stage rule");
        String path = "/api/opportunities/" + deal.id();
        Api.Response moved = rep.patch(path, Map.of("stage", "propose"), deal.etag());
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        Api.Response back = rep.patch(path, Map.of("stage", "validate"), moved.etag());
        rep.patch(path, Map.of("stage", "propose"), back.etag());
        waitUntil(() -> rep.get("/api/tasks").json().size() >= 1);
        Thread.sleep(500);
        JsonNode open = rep.get("/api/tasks").json();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("title").asString()).isEqualTo("Walk the champion through the proposal");
        assertThat(open.get(0).get("dueDate").asString()).isEqualTo("2026-12-03");

        Api.Response plan = rep.put(
                path + "/plan",
                Map.of(
                        "steps",
                        List.of(Map.of(
                                "key",
                                "long",
                                "title",
                                "Long",
                                "owner",
                                "SELLER",
                                "durationDays",
                                200,
                                "dependsOn",
                                List.of()))),
                null);
        assertThat(plan.json().get("scheduleStatus").asString()).isEqualTo("OFF_TRACK");
        waitUntil(() ->
                !noticesOf(team.repA1(), "deal:" + deal.id() + ":off-track").isEmpty());
        assertThat(noticesOf(team.repA1(), "deal:" + deal.id() + ":off-track")).hasSize(1);
    }

    @Test
    void twoInstancesOnOneDatabaseCreateEachTaskOnce() throws Exception {
        for (int i = 0; i < 4; i++) {
            Deals.open(rep, "Twin " + i);
        }
        RuleRunner other = new RuleRunner(
                rules,
                new RuleFirings(jdbc, clock),
                new RuleActions(tasks, plans, identity, events),
                new RuleScan(jdbc, plans, clock),
                opportunities,
                transactions);
        clock.set(Instant.parse("2026-12-23T09:00:00Z"));
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> a =
                CompletableFuture.supplyAsync(() -> await(start, () -> runner.scanWorkspace(ws)));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> await(start, () -> other.scanWorkspace(ws)));
        start.countDown();
        assertThat(a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS)).isEqualTo(4);
        assertThat(rep.get("/api/tasks").json()).hasSize(4);
    }

    static int await(CountDownLatch latch, java.util.function.IntSupplier work) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return work.getAsInt();
    }

    static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).as("condition within 20 s").isTrue();
    }
}
