package io.closewright.nurture;

import static io.closewright.nurture.NurtureDeals.campaign;
import static io.closewright.nurture.NurtureDeals.dealWithContacts;
import static io.closewright.nurture.NurtureDeals.nurture;
import static io.closewright.nurture.NurtureDeals.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.closewright.support.Api;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.TestClock;
import io.closewright.support.TestMail;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Two instances on one database (PostgreSQL in the second run of the build, H2 in the first): two
 * senders racing over the same due emails, then two db-schedulers built here against the same data
 * source, each running the drip task; every due email goes out exactly once.
 */
@IntegrationTest
class NurtureExactlyOnceIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ObjectProvider<JavaMailSender> mail;

    @Autowired
    DripMessages messages;

    @Autowired
    OutgoingEmails outgoing;

    @Autowired
    NurtureSettings settings;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void twoInstancesSendEachDueEmailExactlyOnce() throws Exception {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        long campaign = campaign(team.managerA().api(), "Race");
        List<String> addresses = new ArrayList<>();
        for (int d = 0; d < 3; d++) {
            List<String> mine = List.of(unique("a" + d), unique("b" + d), unique("c" + d), unique("d" + d));
            addresses.addAll(mine);
            NurtureDeals.Deal deal = dealWithContacts(rep, "Race deal " + d, mine.toArray(String[]::new));
            assertThat(nurture(rep, deal.id(), campaign, "Later").status()).isEqualTo(200);
        }
        DripSender first = instance();
        DripSender second = instance();

        race(first, second);
        for (String address : addresses) {
            assertThat(TestMail.receivedBy(address)).as(address).hasSize(1);
        }

        clock.set(TestClock.START.plus(Duration.ofDays(2)));
        String task = "nurture-drip-test-" + System.nanoTime();
        Scheduler a = scheduler("instance-a", task, first);
        Scheduler b = scheduler("instance-b", task, second);
        try {
            a.start();
            b.start();
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> addresses.stream()
                            .allMatch(x -> TestMail.receivedBy(x).size() >= 2));
        } finally {
            a.stop();
            b.stop();
            jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = ?")
                    .param(task)
                    .update();
        }
        for (String address : addresses) {
            assertThat(TestMail.receivedBy(address)).as(address).hasSize(2);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM nurture_email e JOIN nurture_enrolment n ON n.id = e.enrolment_id"
                                + " WHERE n.campaign_id = ? AND e.status = 'SENT' AND e.attempts = 1")
                        .param(campaign)
                        .query(Long.class)
                        .single())
                .isEqualTo(24);
    }

    private void race(DripSender first, DripSender second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger sent = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (DripSender s : List.of(first, second, first, second)) {
                runs.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 10; i++) {
                        sent.addAndGet(s.sendDue());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sent.get()).isGreaterThanOrEqualTo(12);
    }

    private DripSender instance() {
        NurtureSettings small = new NurtureSettings(
                settings.sendInterval(),
                settings.sendTime(),
                settings.maxAttempts(),
                settings.retryDelay(),
                settings.claimTimeout(),
                2,
                settings.publicUrl(),
                settings.from());
        return new DripSender(jdbc, mail, messages, outgoing, small, clock);
    }

    private Scheduler scheduler(String name, String task, DripSender sender) {
        RecurringTask<Void> drip = Tasks.recurring(task, Schedules.fixedDelay(Duration.ofMillis(200)))
                .execute((instance, context) -> sender.sendDue());
        return Scheduler.create(dataSource)
                .startTasks(drip)
                .schedulerName(new SchedulerName.Fixed(name))
                .pollingInterval(Duration.ofMillis(100))
                .threads(2)
                .build();
    }
}
