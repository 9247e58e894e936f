package io.closewright.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.closewright.support.Api;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The risk read model (the badges) follows answered asks, held checkups and logged activities once they
 * commit, without waiting for the hourly recompute. A deal made Tue 1 Dec 2026 with an ask due Fri 4 Dec
 * is, on Tue 22 Dec, overdue on its ask, without a checkup for fifteen working days and stale in
 * discover (14 days); the job writes those three signals, and each change then clears its own at once.
 */
@IntegrationTest
class RiskFreshnessIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RiskJobs jobs;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    Api rep;
    long deal;
    long contact;
    long ask;

    @BeforeEach
    void aDealNeglectedForThreeWeeks() {
        rep = fixtures.team(port).repA1().api();
        deal = RiskTesting.dealWithPlan(rep, "Neglected", "2027-03-31", "PIPELINE");
        long account =
                rep.get("/api/opportunities/" + deal).json().get("accountId").asLong();
        contact = rep.post(
                        "/api/accounts/" + account + "/contacts",
                        Map.of("name", "Ada Buyer", "email", "ada@neglected.com", "title", "CTO", "role", "CHAMPION"))
                .id();
        ask = rep.post(
                        "/api/opportunities/" + deal + "/asks",
                        Map.of(
                                "contactId", contact,
                                "action", "send the security questionnaire",
                                "outcome", "the review",
                                "dueDate", "2026-12-04"))
                .id();
        clock.set(Instant.parse("2026-12-22T09:00:00Z"));
        jobs.recomputeAll();
        assertThat(signals()).contains("ASK_OVERDUE", "NO_RECENT_CHECKUP", "STALE");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anOverdueAskAnsweredClearsAskOverdueAtOnce() {
        assertThat(rep.post("/api/opportunities/" + deal + "/asks/" + ask + "/done", Map.of())
                        .status())
                .isEqualTo(200);
        awaitSignals(s -> !s.contains("ASK_OVERDUE"));
        assertThat(signals()).contains("NO_RECENT_CHECKUP", "STALE");
    }

    @Test
    void aCheckupHeldClearsNoRecentCheckupAtOnce() {
        Api.Response held = rep.post(
                "/api/opportunities/" + deal + "/checkups",
                Map.of("heldOn", "2026-12-22", "problem", "Security review unplanned", "solution", "Book it now"));
        assertThat(held.status()).isEqualTo(201);
        awaitSignals(s -> !s.contains("NO_RECENT_CHECKUP"));
        assertThat(signals()).contains("ASK_OVERDUE", "STALE");
    }

    @Test
    void anActivityClearsStaleAtOnce() {
        Api.Response logged = rep.post(
                "/api/opportunities/" + deal + "/activities",
                Map.of(
                        "type", "CALL",
                        "subject", "Caught up with Ada",
                        "occurredAt", "2026-12-22T08:30:00Z",
                        "contactIds", List.of(contact)));
        assertThat(logged.status()).isEqualTo(201);
        awaitSignals(s -> !s.contains("STALE"));
        assertThat(signals()).contains("ASK_OVERDUE", "NO_RECENT_CHECKUP");
    }

    private void awaitSignals(java.util.function.Predicate<String> condition) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(this::signals, condition::test);
    }

    private String signals() {
        return jdbc.sql("SELECT signals FROM deal_risk WHERE opportunity_id = ?")
                .param(deal)
                .query(String.class)
                .optional()
                .orElse("");
    }
}
