package io.closewright.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Preferences and webhooks over the API on both databases: the defaults, bad input refused naming the
 * field and changing nothing, concurrent webhook edits caught by their version, and the workspace's
 * webhook kept by admins only.
 */
@IntegrationTest
class NotificationSettingsApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void slipAlertsAndEscalationsComeByInboxAndEmailOthersByInbox() {
        Api rep = fixtures.team(port).repA1().api();
        Map<String, JsonNode> byKind = new HashMap<>();
        rep.get("/api/me/notification-preferences")
                .json()
                .forEach(p -> byKind.put(p.get("kind").asString(), p));
        for (String kind : List.of("slip-alert", "escalation")) {
            assertThat(byKind.get(kind).get("inbox").asBoolean()).isTrue();
            assertThat(byKind.get(kind).get("email").asBoolean()).isTrue();
        }
        for (String kind : List.of("rule", "nurture-reply", "buyer-comment", "buyer-step")) {
            assertThat(byKind.get(kind).get("inbox").asBoolean()).as(kind).isTrue();
            assertThat(byKind.get(kind).get("email").asBoolean()).as(kind).isFalse();
            assertThat(byKind.get(kind).get("webhook").asBoolean()).as(kind).isFalse();
        }

        Api.Response changed = rep.put(
                "/api/me/notification-preferences/slip-alert",
                Map.of("inbox", true, "email", false, "webhook", true),
                null);
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        JsonNode after = rep.get("/api/me/notification-preferences").json();
        JsonNode slip = after.get(0);
        assertThat(slip.get("kind").asString()).isEqualTo("slip-alert");
        assertThat(slip.get("email").asBoolean()).isFalse();
        assertThat(slip.get("customised").asBoolean()).isTrue();
    }

    @Test
    void badPreferencesAreRefusedNamingTheField() {
        Api rep = fixtures.team(port).repA1().api();
        Api.Response unknown = rep.put(
                "/api/me/notification-preferences/gossip", Map.of("inbox", true, "email", true, "webhook", true), null);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");

        Api.Response missing = rep.put("/api/me/notification-preferences/rule", Map.of("inbox", true), null);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").toString()).contains("email", "webhook");
        assertThat(rep.put("/api/me/notification-preferences/rule", "{\"inbox\": \"sometimes\"}", null)
                        .status())
                .isEqualTo(400);
        assertThat(rep.get("/api/me/notification-preferences").json().toString())
                .doesNotContain("\"customised\":true");
    }

    @Test
    void aWebhookChangeNeedsItsCurrentVersion() {
        Api rep = fixtures.team(port).repA1().api();
        assertThat(rep.get("/api/me/webhook").status()).isEqualTo(404);
        Api.Response created = rep.put("/api/me/webhook", Map.of("url", "https://hooks.example.com/a"), null);
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        assertThat(created.etag()).isEqualTo("\"0\"");
        String secret = created.json().get("secret").asString();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(40);

        assertThat(rep.put("/api/me/webhook", Map.of("url", "https://hooks.example.com/b"), null)
                        .status())
                .isEqualTo(428);
        Api.Response changed = rep.put(
                "/api/me/webhook", Map.of("url", "https://hooks.example.com/b", "enabled", false), created.etag());
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().get("secret").isNull())
                .as("the secret is shown once, when set")
                .isTrue();
        assertThat(rep.get("/api/me/webhook").json().get("secret").isNull()).isTrue();
        assertThat(rep.get("/api/me/webhook").text()).doesNotContain(secret);
        assertThat(changed.json().get("enabled").asBoolean()).isFalse();
        Api.Response stale = rep.put("/api/me/webhook", Map.of("url", "https://hooks.example.com/c"), created.etag());
        assertThat(stale.status()).isEqualTo(412);
        assertThat(rep.get("/api/me/webhook").json().get("url").asString()).isEqualTo("https://hooks.example.com/b");

        assertThat(rep.delete("/api/me/webhook").status()).isEqualTo(204);
        assertThat(rep.delete("/api/me/webhook").status()).isEqualTo(404);
    }

    @Test
    void badWebhooksAreRefusedNamingTheField() {
        Api rep = fixtures.team(port).repA1().api();
        Api.Response bad = rep.put("/api/me/webhook", Map.of("url", "ftp://example.com", "secret", "short"), null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).contains("application/problem+json");
        assertThat(bad.json().get("errors").toString()).contains("\"url\"", "\"secret\"");
        assertThat(rep.put("/api/me/webhook", Map.of(), null).status()).isEqualTo(400);
        assertThat(rep.get("/api/me/webhook").status()).isEqualTo(404);
    }

    @Test
    void onlyAdminsKeepTheWorkspaceWebhook() {
        Fixtures.Team team = fixtures.team(port);
        for (Fixtures.Member other : List.of(team.repA1(), team.managerA())) {
            assertThat(other.api().get("/api/workspace/webhook").status()).isEqualTo(403);
            assertThat(other.api().delete("/api/workspace/webhook").status()).isEqualTo(403);
        }
        assertThat(team.managerA()
                        .api()
                        .put(
                                "/api/workspace/webhook",
                                Map.of("url", "https://x.example.com", "kinds", List.of("rule")),
                                null)
                        .status())
                .isEqualTo(403);
        Api admin = team.admin().api();
        Api.Response noKinds = admin.put("/api/workspace/webhook", Map.of("url", "https://x.example.com"), null);
        assertThat(noKinds.status()).isEqualTo(400);
        assertThat(noKinds.json().get("errors").get(0).get("field").asString()).isEqualTo("kinds");
        Api.Response unknownKind = admin.put(
                "/api/workspace/webhook", Map.of("url", "https://x.example.com", "kinds", List.of("gossip")), null);
        assertThat(unknownKind.status()).isEqualTo(400);
        Api.Response ok = admin.put(
                "/api/workspace/webhook",
                Map.of("url", "https://x.example.com", "kinds", List.of("Slip-Alert", "escalation")),
                null);
        assertThat(ok.status()).as(ok.text()).isEqualTo(200);
        assertThat(ok.json().get("kinds").toString()).isEqualTo("[\"slip-alert\",\"escalation\"]");
        assertThat(ok.json().get("scope").asString()).isEqualTo("WORKSPACE");
        assertThat(team.repA1().api().get("/api/me/webhook").status()).isEqualTo(404);
    }
}
