package io.closewright.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.shared.NoticeRaised;
import io.closewright.support.Api;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.RecordedNotices;
import io.closewright.support.TestClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The manager's slip alert on both databases, found by the recompute job as time passes with nobody
 * acting: once per transition of a COMMIT or BEST_CASE deal off track and out of its forecast period,
 * never for a PIPELINE deal. The chain plan needs six working days; on Mon 28 Dec it projects Mon 4 Jan
 * 2027, after a 31 Dec target and outside 2026-Q4.
 */
@IntegrationTest
class SlipAlertIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RecordedNotices notices;

    @Autowired
    RiskJobs jobs;

    @Autowired
    RiskRecompute recompute;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theSchedulerHoldsTheRecomputeAndDigestTasks() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name IN (?, ?)")
                        .params(RiskJobs.RECOMPUTE, RiskJobs.DIGEST)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void tellsTheManagerOncePerTransitionAndNeverForPipelineDeals() {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        long commit = RiskTesting.dealWithPlan(rep, "Committed", "2026-12-31", "COMMIT");
        long pipeline = RiskTesting.dealWithPlan(rep, "Pipeline", "2026-12-31", "PIPELINE");
        long ws = team.workspace().id();
        recompute.workspace(ws);
        assertThat(notices.about(commit, SlipAlerts.KIND)).isEmpty();

        clock.set(Instant.parse("2026-12-28T09:00:00Z"));
        jobs.recomputeAll();
        jobs.recomputeAll();
        List<NoticeRaised> alerts = notices.about(commit, SlipAlerts.KIND);
        assertThat(alerts).hasSize(1);
        NoticeRaised alert = alerts.get(0);
        assertThat(alert.recipientId()).isEqualTo(team.managerA().id());
        assertThat(alert.dedupKey()).isEqualTo("slip-alert:" + commit + ":1");
        assertThat(alert.title()).isEqualTo("Slipping out of 2026-Q4: Committed");
        assertThat(alert.body()).contains("Mon 4 Jan 2027").contains("Security review (the buyer)");
        assertThat(notices.about(pipeline, SlipAlerts.KIND)).isEmpty();
        assertThat(rep.get("/api/opportunities/" + commit + "/risk")
                        .json()
                        .get("managerAlerted")
                        .asBoolean())
                .isTrue();

        rep.post(
                "/api/opportunities/" + commit + "/close-date",
                Map.of("closeDate", "2027-03-31", "reason", "Security review starts in January"));
        recompute.workspace(ws);
        assertThat(rep.get("/api/opportunities/" + commit + "/risk")
                        .json()
                        .get("managerAlerted")
                        .asBoolean())
                .isFalse();
        assertThat(notices.about(commit, SlipAlerts.KIND)).hasSize(1);

        clock.set(Instant.parse("2027-03-29T09:00:00Z"));
        recompute.workspace(ws);
        recompute.workspace(ws);
        alerts = notices.about(commit, SlipAlerts.KIND);
        assertThat(alerts).hasSize(2);
        assertThat(alerts.get(1).dedupKey()).isEqualTo("slip-alert:" + commit + ":2");
        assertThat(alerts.get(1).title()).isEqualTo("Slipping out of 2027-Q1: Committed");
        assertThat(notices.about(pipeline, SlipAlerts.KIND)).isEmpty();
    }

    @Test
    void aDealOffTrackButStillInsideItsPeriodIsNoAlert() {
        Fixtures.Team team = fixtures.team(port);
        long deal = RiskTesting.dealWithPlan(team.repA1().api(), "Early slip", "2026-12-03", "COMMIT");
        recompute.workspace(team.workspace().id());
        assertThat(team.repA1()
                        .api()
                        .get("/api/opportunities/" + deal + "/risk")
                        .json()
                        .get("level")
                        .asString())
                .isEqualTo("HIGH");
        assertThat(notices.about(deal, SlipAlerts.KIND)).isEmpty();
    }

    @Test
    void closedDealsLeaveTheReadModel() {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        long deal = RiskTesting.dealWithPlan(rep, "Closing", "2026-12-31", "COMMIT");
        recompute.workspace(team.workspace().id());
        assertThat(rows(deal)).isEqualTo(1);
        rep.post("/api/opportunities/" + deal + "/close", Map.of("outcome", "WON", "closedOn", "2026-12-01"));
        recompute.workspace(team.workspace().id());
        assertThat(rows(deal)).isZero();
        assertThat(rep.get("/api/opportunities/" + deal + "/risk")
                        .json()
                        .get("signals")
                        .size())
                .isZero();
    }

    private long rows(long deal) {
        return jdbc.sql("SELECT COUNT(*) FROM deal_risk WHERE opportunity_id = ?")
                .param(deal)
                .query(Long.class)
                .single();
    }
}
