package io.closewright.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.shared.NoticeRaised;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.RecordedNotices;
import io.closewright.support.TestClock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly risk digest on both databases: on Monday from 07:00 each manager with open deals in the
 * team gets one digest per week, however often the job runs and even when two instances run it at once.
 */
@IntegrationTest
class RiskDigestIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RecordedNotices notices;

    @Autowired
    RiskDigest digest;

    @Autowired
    RiskRecompute recompute;

    @Autowired
    RiskQueries queries;

    @Autowired
    RiskSettings settings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void sendsEachManagerOneDigestAWeekFromMondayMorning() throws Exception {
        Fixtures.Team team = fixtures.team(port);
        RiskTesting.dealWithPlan(team.repA1().api(), "Slipping", "2026-12-03", "COMMIT");
        clock.set(Instant.parse("2026-12-07T06:59:00Z"));
        digest.sendDue();
        assertThat(notices.to(team.managerA().id(), RiskDigest.KIND)).isEmpty();

        clock.set(Instant.parse("2026-12-07T07:30:00Z"));
        RiskDigest second = new RiskDigest(recompute, queries, settings, jdbc, events, transactions, clock);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = two.invokeAll(List.<Callable<Integer>>of(digest::sendDue, second::sendDue));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            two.shutdown();
        }
        digest.sendDue();
        List<NoticeRaised> sent = notices.to(team.managerA().id(), RiskDigest.KIND);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).dedupKey())
                .isEqualTo("risk-digest:" + team.managerA().id() + ":2026-12-07");
        assertThat(sent.get(0).body()).contains("High risk: 1 deal, USD 12,500").contains("Slipping (");
        assertThat(notices.to(team.managerB().id(), RiskDigest.KIND)).isEmpty();

        clock.set(Instant.parse("2026-12-08T07:30:00Z"));
        digest.sendDue();
        assertThat(notices.to(team.managerA().id(), RiskDigest.KIND)).hasSize(1);
        clock.set(Instant.parse("2026-12-14T07:30:00Z"));
        digest.sendDue();
        assertThat(notices.to(team.managerA().id(), RiskDigest.KIND)).hasSize(2);
    }
}
