package io.closewright.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.ClosewrightApplication;
import io.closewright.shared.NoticeRaised;
import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.TestClock;
import io.closewright.support.TestConfig;
import io.closewright.support.TestMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Two application instances on one database (the test's and a second one started here against the same
 * database and SMTP server, with its own db-scheduler, not polling as in every test): both run the morning checkup reminder, both raise
 * the same slip alerts and digests (as two instances noticing one transition would), and both send the
 * outbox at the same moment. Every reminder, alert and digest reaches its recipient's mailbox exactly once.
 */
@IntegrationTest
class TwoInstanceDeliveryIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    ConfigurableApplicationContext first;

    ConfigurableApplicationContext second;

    @BeforeEach
    void startSecondInstance() {
        second = new SpringApplicationBuilder(ClosewrightApplication.class, TestConfig.class)
                .profiles("test")
                .properties("server.port=0", "spring.main.allow-bean-definition-overriding=true")
                .run();
        second.getBean(TestClock.class).set(clock.instant());
    }

    @AfterEach
    void stopSecondInstance() {
        second.close();
    }

    @Test
    void everyDueReminderAlertAndDigestIsDeliveredExactlyOnce() throws Exception {
        Fixtures.Team team = fixtures.team(port);
        long ws = team.workspace().id();
        dealWithCheckupsDue(team.repA1().api());
        both(context -> (Integer) ReflectionTestUtils.invokeMethod(context.getBean("checkupReminderJob"), "runDue"));

        List<NoticeRaised> raised = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Fixtures.Member to = i % 2 == 0 ? team.managerA() : team.managerB();
            raised.add(new NoticeRaised(
                    ws, to.id(), "slip-alert", "Slip " + i, "", "/inbox", null, "slip-alert:" + ws + ":" + i));
        }
        raised.add(new NoticeRaised(ws, team.managerA().id(), "risk-digest", "Digest A", "", null, null, "digest:A"));
        raised.add(new NoticeRaised(ws, team.managerB().id(), "risk-digest", "Digest B", "", null, null, "digest:B"));
        both(context -> {
            Notices notices = context.getBean(Notices.class);
            raised.forEach(notices::raise);
            return raised.size();
        });
        Notices.waitUntil(() -> NotificationApiIntegrationTests.unread(
                                team.managerA().api())
                        == 7
                && NotificationApiIntegrationTests.unread(team.managerB().api()) == 7
                && checkupReminders(team.repA1().api()) == 1);

        for (int round = 0; round < 3; round++) {
            both(context -> context.getBean(DeliverySender.class).sendDue());
        }

        Map<String, Long> toA = subjects(team.managerA().user().email());
        Map<String, Long> toB = subjects(team.managerB().user().email());
        Map<String, Long> toRep = subjects(team.repA1().user().email());
        assertThat(toA)
                .hasSize(7)
                .allSatisfy((subject, count) -> assertThat(count).as(subject).isEqualTo(1));
        assertThat(toB)
                .hasSize(7)
                .allSatisfy((subject, count) -> assertThat(count).as(subject).isEqualTo(1));
        assertThat(toA).containsKeys("Slip 0", "Slip 10", "Digest A");
        assertThat(toRep).containsExactly(Map.entry("3 checkups are due this morning", 1L));
    }

    /** How many checkup reminders the rep's inbox holds (automation rules may tell the rep other things). */
    private static long checkupReminders(io.closewright.support.Api rep) {
        long count = 0;
        for (tools.jackson.databind.JsonNode item :
                rep.get("/api/notifications").json().get("items")) {
            if ("checkup-reminder".equals(item.get("kind").asString())) {
                count++;
            }
        }
        return count;
    }

    /** Runs the same work in both instances at the same moment and waits for both. */
    private void both(Function<ConfigurableApplicationContext, Integer> work) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (ConfigurableApplicationContext context : List.of(first, second)) {
                Callable<Integer> task = () -> {
                    start.await();
                    return work.apply(context);
                };
                done.add(pool.submit(task));
            }
            for (Future<Integer> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Long> subjects(String address) {
        return TestMail.receivedBy(address).stream()
                .collect(Collectors.groupingBy(TwoInstanceDeliveryIntegrationTests::subject, Collectors.counting()));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void dealWithCheckupsDue(Api rep) {
        long account = Deals.account(rep, "Two Instances Co");
        long deal = rep.post("/api/opportunities", Deals.deal(account, "Due soon", "2026-12-03"))
                .id();
        List<Map<String, Object>> chain = List.of(
                Map.of("key", "a", "title", "Step a", "owner", "SELLER", "durationDays", 2, "dependsOn", List.of()),
                Map.of("key", "b", "title", "Step b", "owner", "BUYER", "durationDays", 3, "dependsOn", List.of("a")),
                Map.of("key", "c", "title", "Step c", "owner", "JOINT", "durationDays", 1, "dependsOn", List.of("b")));
        Api.Response plan = rep.put("/api/opportunities/" + deal + "/plan", Map.of("steps", chain), null);
        assertThat(plan.status()).as(plan.text()).isEqualTo(200);
    }
}
