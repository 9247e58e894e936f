package io.closewright.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.TestClock;
import io.closewright.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Email and webhook deliveries on both databases, sent by calling the delivery task's logic with the test
 * clock set: email reaches the real SMTP server (GreenMail) once; a webhook is signed, retried after a 500
 * once its back-off has passed, and not posted again after it succeeded; a delivery claimed by an
 * instance that died is sent once its claim has run out, not before.
 */
@IntegrationTest
class NotificationDeliveryIntegrationTests {

    static final String SECRET = "a-shared-secret-of-the-receiver";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Notices notices;

    @Autowired
    DeliverySender sender;

    @Autowired
    Deliveries deliveries;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSlipAlertIsEmailedOnceByDefault() throws Exception {
        Fixtures.Team team = fixtures.team(port);
        Fixtures.Member manager = team.managerA();
        notices.raise(Notices.notice(team.workspace().id(), manager.id(), "slip-alert", "Acme slipped", "slip-1"));
        Notices.waitUntil(() -> NotificationApiIntegrationTests.unread(manager.api()) == 1);

        sender.sendDue();
        sender.sendDue();
        clock.set(clock.instant().plus(Duration.ofHours(2)));
        sender.sendDue();

        List<MimeMessage> mails = TestMail.receivedBy(manager.user().email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Acme slipped");
        assertThat(mails.get(0).getContent().toString())
                .contains("Details of Acme slipped", "http://localhost:8080/inbox");
        JsonNode delivery = only(manager.api()).get("deliveries").get(0);
        assertThat(delivery.get("channel").asString()).isEqualTo("EMAIL");
        assertThat(delivery.get("status").asString()).isEqualTo("SENT");
        assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
    }

    @Test
    void aKindChosenForTheInboxOnlyIsNotEmailed() {
        Fixtures.Team team = fixtures.team(port);
        Fixtures.Member rep = team.repA1();
        notices.raise(Notices.notice(team.workspace().id(), rep.id(), "rule", "Inbox only", null));
        Notices.waitUntil(() -> NotificationApiIntegrationTests.unread(rep.api()) == 1);
        sender.sendDue();
        assertThat(TestMail.receivedBy(rep.user().email())).isEmpty();
        assertThat(only(rep.api()).get("deliveries").size()).isZero();

        Api.Response pref = rep.api()
                .put(
                        "/api/me/notification-preferences/rule",
                        Map.of("inbox", false, "email", true, "webhook", false),
                        null);
        assertThat(pref.status()).as(pref.text()).isEqualTo(200);
        notices.raise(Notices.notice(team.workspace().id(), rep.id(), "rule", "Now by email", null));
        Notices.waitUntil(() ->
                sender.sendDue() > 0 || !TestMail.receivedBy(rep.user().email()).isEmpty());
        assertThat(TestMail.receivedBy(rep.user().email())).hasSize(1);
        assertThat(NotificationApiIntegrationTests.unread(rep.api())).isEqualTo(1);
    }

    @Test
    void aWebhookIsSignedRetriedAfterA500AndNotPostedAgainAfterSuccess() throws Exception {
        Fixtures.Team team = fixtures.team(port);
        Fixtures.Member rep = team.repA1();
        try (WebhookReceiver slack = new WebhookReceiver(500, 200)) {
            Api.Response hook = rep.api().put("/api/me/webhook", Map.of("url", slack.url(), "secret", SECRET), null);
            assertThat(hook.status()).as(hook.text()).isEqualTo(200);
            rep.api()
                    .put(
                            "/api/me/notification-preferences/rule",
                            Map.of("inbox", true, "email", false, "webhook", true),
                            null);
            notices.raise(Notices.notice(team.workspace().id(), rep.id(), "rule", "Deal <Acme> & co", "hook-1"));
            Notices.waitUntil(() -> NotificationApiIntegrationTests.unread(rep.api()) == 1);

            sender.sendDue();
            assertThat(slack.received()).hasSize(1);
            JsonNode failing = only(rep.api()).get("deliveries").get(0);
            assertThat(failing.get("status").asString()).isEqualTo("PENDING");
            assertThat(failing.get("attempts").asInt()).isEqualTo(1);
            assertThat(failing.get("lastError").asString()).contains("HTTP 500");

            clock.set(clock.instant().plusSeconds(30));
            sender.sendDue();
            assertThat(slack.received()).hasSize(1);

            clock.set(clock.instant().plusSeconds(31));
            sender.sendDue();
            assertThat(slack.received()).hasSize(2);
            clock.set(clock.instant().plus(Duration.ofHours(3)));
            sender.sendDue();
            assertThat(slack.received()).hasSize(2);

            JsonNode sent = only(rep.api()).get("deliveries").get(0);
            assertThat(sent.get("status").asString()).isEqualTo("SENT");
            assertThat(sent.get("attempts").asInt()).isEqualTo(2);
            WebhookReceiver.Received last = slack.received().get(1);
            assertThat(last.answered()).isEqualTo(200);
            assertThat(last.header("X-Closewright-Delivery"))
                    .isEqualTo(slack.received().get(0).header("X-Closewright-Delivery"));
            long timestamp = Long.parseLong(last.header("X-Closewright-Timestamp"));
            assertThat(last.header("X-Closewright-Signature"))
                    .isEqualTo(WebhookSignature.of(SECRET, timestamp, last.body()));
            JsonNode payload = Api.json(last.body());
            assertThat(payload.get("text").asString()).startsWith("*Deal &lt;Acme&gt; &amp; co*");
            assertThat(payload.get("closewright").get("kind").asString()).isEqualTo("rule");
        }
    }

    @Test
    void theWorkspaceWebhookGetsTheKindsTheAdminChose() throws Exception {
        Fixtures.Team team = fixtures.team(port);
        try (WebhookReceiver channel = new WebhookReceiver(200)) {
            Api.Response hook = team.admin()
                    .api()
                    .put("/api/workspace/webhook", Map.of("url", channel.url(), "kinds", List.of("escalation")), null);
            assertThat(hook.status()).as(hook.text()).isEqualTo(200);
            assertThat(hook.json().get("secret").asString()).hasSizeGreaterThanOrEqualTo(40);
            long ws = team.workspace().id();
            notices.raise(Notices.notice(ws, team.managerA().id(), "escalation", "Riley escalated Acme", null));
            notices.raise(Notices.notice(ws, team.managerA().id(), "rule", "Not for the channel", null));
            Notices.waitUntil(
                    () -> NotificationApiIntegrationTests.unread(team.managerA().api()) == 2);
            sender.sendDue();
            assertThat(channel.received()).hasSize(1);
            assertThat(channel.received().get(0).body()).contains("Riley escalated Acme");
        }
    }

    @Test
    void aDeliveryClaimedByAnInstanceThatDiedIsSentOnceItsClaimRunsOut() {
        Fixtures.Team team = fixtures.team(port);
        Fixtures.Member manager = team.managerB();
        notices.raise(Notices.notice(team.workspace().id(), manager.id(), "escalation", "Claimed then lost", null));
        Notices.waitUntil(() -> NotificationApiIntegrationTests.unread(manager.api()) == 1);

        List<Deliveries.Due> lost = deliveries.claim(
                "instance-that-dies", clock.instant(), clock.instant().plus(Duration.ofMinutes(5)), 1000);
        assertThat(lost)
                .extracting(Deliveries.Due::target)
                .contains(manager.user().email());
        sender.sendDue();
        assertThat(TestMail.receivedBy(manager.user().email())).isEmpty();

        clock.set(clock.instant().plus(Duration.ofMinutes(6)));
        sender.sendDue();
        sender.sendDue();
        assertThat(TestMail.receivedBy(manager.user().email())).hasSize(1);
    }

    private static JsonNode only(Api api) {
        JsonNode items = api.get("/api/notifications").json().get("items");
        assertThat(items.size()).isEqualTo(1);
        return items.get(0);
    }
}
