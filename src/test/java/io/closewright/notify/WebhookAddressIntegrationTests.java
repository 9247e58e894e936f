package io.closewright.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.PageSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The webhook address policy (ADR 0023) end to end, on H2 and PostgreSQL: internal and plain-http addresses
 * are refused on save with a 400 naming {@code url} (a message on the form), and a stored address that is
 * internal by the time of sending gets nothing posted to it. Only the tests' receiver host, 127.0.0.1, is
 * on the allow-list (application-test.yml).
 */
@IntegrationTest
class WebhookAddressIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Notices notices;

    @Autowired
    DeliverySender sender;

    @Autowired
    JdbcClient jdbc;

    @Test
    void internalAndPlainHttpAddressesAreRefusedOnSaveNamingTheField() {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        for (String url : List.of(
                "https://169.254.169.254/latest/meta-data",
                "https://localhost:8080/actuator",
                "https://10.1.2.3/hook",
                "https://[::1]/hook",
                "http://hooks.example.com/hook")) {
            Api.Response refused = rep.put("/api/me/webhook", Map.of("url", url), null);
            assertThat(refused.status()).as(url).isEqualTo(400);
            assertThat(refused.json().get("errors").toString()).as(url).contains("\"url\"");
        }
        Api.Response workspace = team.admin()
                .api()
                .put(
                        "/api/workspace/webhook",
                        Map.of("url", "https://192.168.0.1/x", "kinds", List.of("escalation")),
                        null);
        assertThat(workspace.status()).isEqualTo(400);
        assertThat(rep.get("/api/me/webhook").status()).isEqualTo(404);

        PageSession page =
                PageSession.signIn(port, team.repA1().user().email(), Fixtures.PASSWORD, "/settings/notifications");
        PageSession.Response form = page.post(
                "/settings/notifications/webhook", Map.of("url", "https://127.0.0.2/hook", "enabled", "true"));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains("internal address", "value=\"https://127.0.0.2/hook\"", "is-invalid");
        assertThat(rep.get("/api/me/webhook").status()).isEqualTo(404);
    }

    @Test
    void anAddressThatIsInternalAtSendingTimeGetsNothingAndTheDeliveryIsGivenUp() throws Exception {
        Fixtures.Team team = fixtures.team(port);
        Fixtures.Member rep = team.repA1();
        try (WebhookReceiver receiver = new WebhookReceiver(200)) {
            Api.Response hook = rep.api().put("/api/me/webhook", Map.of("url", receiver.url()), null);
            assertThat(hook.status()).as(hook.text()).isEqualTo(200);
            rep.api()
                    .put(
                            "/api/me/notification-preferences/rule",
                            Map.of("inbox", true, "email", false, "webhook", true),
                            null);
            // As if stored before the policy, or its host now resolving to loopback: same receiver, other name.
            jdbc.sql("UPDATE webhook SET url = ? WHERE id = ?")
                    .params(
                            receiver.url().replace("127.0.0.1", "localhost"),
                            hook.json().get("id").asLong())
                    .update();
            notices.raise(Notices.notice(team.workspace().id(), rep.id(), "rule", "Internal", "ssrf-1"));
            Notices.waitUntil(() -> NotificationApiIntegrationTests.unread(rep.api()) == 1);

            sender.sendDue();
            assertThat(receiver.received()).isEmpty();
            JsonNode delivery = rep.api()
                    .get("/api/notifications")
                    .json()
                    .get("items")
                    .get(0)
                    .get("deliveries")
                    .get(0);
            assertThat(delivery.get("status").asString()).isNotEqualTo("SENT").isNotEqualTo("PENDING");
            assertThat(delivery.get("lastError").asString()).contains("refused");
        }
    }
}
