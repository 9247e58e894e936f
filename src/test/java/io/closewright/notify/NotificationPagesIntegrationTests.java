package io.closewright.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.PageSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Inbox, its navigation badge and the notification settings pages over real HTTP, on both databases.
 */
@IntegrationTest
class NotificationPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Notices notices;

    @Test
    void theInboxListsNoticesAndMarkingOneReadRefreshesTheBadge() {
        Fixtures.Team team = fixtures.team(port);
        Fixtures.Member rep = team.repA1();
        PageSession page = PageSession.signIn(port, rep.user().email(), Fixtures.PASSWORD, "/inbox");
        assertThat(page.get("/inbox").text()).contains("No notifications yet", "Notification settings");
        assertThat(page.get("/inbox/badge").text()).doesNotContain("inbox-badge\"");

        notices.raise(Notices.notice(team.workspace().id(), rep.id(), "rule", "Rule fired on Acme", null));
        notices.raise(Notices.notice(team.workspace().id(), rep.id(), "rule", "Rule fired on Globex", null));
        Notices.waitUntil(() -> NotificationApiIntegrationTests.unread(rep.api()) == 2);

        String inbox = page.get("/inbox").text();
        assertThat(inbox).contains("Rule fired on Acme", "Rule fired on Globex", "2 unread", "Mark all read");
        assertThat(page.get("/inbox/badge").text()).contains("id=\"inbox-badge\"", ">2<");
        long id = rep.api()
                .get("/api/notifications")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();

        PageSession.Response read = page.post("/inbox/" + id + "/read", Map.of());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("HX-Trigger")).isEqualTo("notifications-changed");
        assertThat(read.text()).contains("id=\"notification-" + id + "\"").doesNotContain("Mark read");
        assertThat(page.get("/inbox/badge").text()).contains(">1<");
        assertThat(page.get("/inbox?unread=true").text()).doesNotContain("id=\"notification-" + id + "\"");

        PageSession.Response all = page.post("/inbox/read-all", Map.of());
        assertThat(all.status()).isEqualTo(302);
        assertThat(page.get("/inbox").text()).contains("1 notification marked read.", "Nothing unread.");
    }

    @Test
    void openingAnEntryMarksItReadAndGoesWhereItPoints() {
        Fixtures.Team team = fixtures.team(port);
        Fixtures.Member rep = team.repA1();
        notices.raise(Notices.notice(team.workspace().id(), rep.id(), "rule", "Go to the checkups", null));
        Notices.waitUntil(() -> NotificationApiIntegrationTests.unread(rep.api()) == 1);
        long id = rep.api()
                .get("/api/notifications")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();

        PageSession other = PageSession.signIn(port, team.repA2().user().email(), Fixtures.PASSWORD, "/inbox");
        assertThat(other.get("/inbox/" + id + "/open").status()).isEqualTo(404);
        assertThat(other.post("/inbox/" + id + "/read", Map.of()).status()).isEqualTo(404);
        assertThat(NotificationApiIntegrationTests.unread(rep.api())).isEqualTo(1);

        PageSession page = PageSession.signIn(port, rep.user().email(), Fixtures.PASSWORD, "/inbox");
        PageSession.Response open = page.get("/inbox/" + id + "/open");
        assertThat(open.status()).isEqualTo(302);
        assertThat(open.location()).endsWith("/inbox");
        assertThat(NotificationApiIntegrationTests.unread(rep.api())).isZero();
    }

    @Test
    void settingsSaveChannelsAndKeepWhatWasTypedWhenAWebhookIsRefused() {
        Fixtures.Team team = fixtures.team(port);
        Fixtures.Member rep = team.repA1();
        PageSession page = PageSession.signIn(port, rep.user().email(), Fixtures.PASSWORD, "/settings/notifications");
        String settings = page.get("/settings/notifications").text();
        assertThat(settings).contains("Slip alerts", "Escalations", "No webhook yet");
        assertThat(settings).contains("id=\"pref-email-slip-alert\" checked");

        PageSession.Response saved = page.postRaw(
                "/settings/notifications",
                "inbox=slip-alert&email=rule&webhook=rule&inbox=escalation&email=escalation");
        assertThat(saved.status()).isEqualTo(302);
        String after = page.get("/settings/notifications").text();
        assertThat(after).contains("Notification channels saved.");
        assertThat(after)
                .contains("id=\"pref-email-rule\" checked")
                .doesNotContain("id=\"pref-email-slip-alert\" checked");

        PageSession.Response refused = page.post(
                "/settings/notifications/webhook", Map.of("url", "not a url", "secret", "tiny", "enabled", "true"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text())
                .contains("value=\"not a url\"", "value=\"tiny\"", "is-invalid", "16 to 200 characters");
        assertThat(rep.api().get("/api/me/webhook").status()).isEqualTo(404);

        PageSession.Response added = page.post(
                "/settings/notifications/webhook", Map.of("url", "https://hooks.example.com/me", "enabled", "true"));
        assertThat(added.status()).isEqualTo(302);
        assertThat(rep.api().get("/api/me/webhook").json().get("url").asString())
                .isEqualTo("https://hooks.example.com/me");
        assertThat(page.get("/settings/notifications").text()).contains("Remove webhook", "Webhook saved.");
    }

    @Test
    void theWorkspaceWebhookPageIsForAdmins() {
        Fixtures.Team team = fixtures.team(port);
        PageSession rep = PageSession.signIn(port, team.repA1().user().email(), Fixtures.PASSWORD, "/inbox");
        assertThat(rep.get("/admin/webhook").status()).isEqualTo(403);

        PageSession admin = PageSession.signIn(port, team.admin().user().email(), Fixtures.PASSWORD, "/admin/webhook");
        assertThat(admin.get("/admin/webhook").text()).contains("No workspace webhook yet", "Kinds it receives");
        PageSession.Response noKinds = admin.post("/admin/webhook", Map.of("url", "https://chat.example.com/sales"));
        assertThat(noKinds.status()).isEqualTo(200);
        assertThat(noKinds.text()).contains("Choose at least one kind", "value=\"https://chat.example.com/sales\"");
        PageSession.Response saved = admin.postRaw(
                "/admin/webhook",
                "url=" + PageSession.enc("https://chat.example.com/sales")
                        + "&enabled=true&kinds=slip-alert&kinds=escalation");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(team.admin()
                        .api()
                        .get("/api/workspace/webhook")
                        .json()
                        .get("kinds")
                        .size())
                .isEqualTo(2);
    }
}
