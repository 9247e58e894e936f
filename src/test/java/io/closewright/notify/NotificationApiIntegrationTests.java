package io.closewright.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The inbox over the API on both databases: notices raised by any module arrive once per dedupKey, list
 * unread first, count, and are marked read one by one or all at once; nobody reads anyone else's.
 */
@IntegrationTest
class NotificationApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Notices notices;

    @Test
    void listsUnreadFirstCountsAndMarksRead() {
        Fixtures.Team team = fixtures.team(port);
        long ws = team.workspace().id();
        Fixtures.Member rep = team.repA1();
        notices.raise(Notices.notice(ws, rep.id(), "rule", "First", "t-1"));
        notices.raise(Notices.notice(ws, rep.id(), "rule", "Second", "t-2"));
        notices.raise(Notices.notice(ws, rep.id(), "rule", "Third", "t-3"));
        Notices.waitUntil(() -> unread(rep.api()) == 3);

        JsonNode page = rep.api().get("/api/notifications").json();
        assertThat(page.get("total").asInt()).isEqualTo(3);
        long first = idOf(page, "First");
        Api.Response read = rep.api().post("/api/notifications/" + first + "/read", Map.of());
        assertThat(read.status()).as(read.text()).isEqualTo(200);
        assertThat(read.json().get("read").asBoolean()).isTrue();
        assertThat(unread(rep.api())).isEqualTo(2);

        JsonNode after = rep.api().get("/api/notifications").json().get("items");
        assertThat(after.get(0).get("read").asBoolean()).isFalse();
        assertThat(after.get(1).get("read").asBoolean()).isFalse();
        assertThat(after.get(2).get("title").asString()).isEqualTo("First");
        assertThat(rep.api()
                        .get("/api/notifications?unread=true")
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(2);

        assertThat(rep.api()
                        .post("/api/notifications/" + first + "/read", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(rep.api()
                        .post("/api/notifications/read-all", Map.of())
                        .json()
                        .get("marked")
                        .asInt())
                .isEqualTo(2);
        assertThat(unread(rep.api())).isZero();
    }

    @Test
    void theSameOccurrenceArrivesOnce() {
        Fixtures.Team team = fixtures.team(port);
        long ws = team.workspace().id();
        Fixtures.Member rep = team.repA1();
        notices.raise(Notices.notice(ws, rep.id(), "rule", "Once only", "same-key"));
        notices.raise(Notices.notice(ws, rep.id(), "rule", "Once only", "same-key"));
        notices.raise(Notices.notice(ws, rep.id(), "rule", "Marker", "marker"));
        Notices.waitUntil(() -> rep.api().get("/api/notifications").text().contains("Marker"));
        Notices.waitUntil(() -> unread(rep.api()) >= 2);
        assertThat(rep.api().get("/api/notifications").json().get("total").asInt())
                .isEqualTo(2);
    }

    @Test
    void anotherUsersNotificationIsNotFound() {
        Fixtures.Team team = fixtures.team(port);
        long ws = team.workspace().id();
        notices.raise(Notices.notice(ws, team.repA1().id(), "rule", "Private", null));
        Notices.waitUntil(() -> unread(team.repA1().api()) == 1);
        long id = team.repA1()
                .api()
                .get("/api/notifications")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();

        for (Fixtures.Member other : new Fixtures.Member[] {team.managerA(), team.admin(), team.repA2()}) {
            Api.Response r = other.api().post("/api/notifications/" + id + "/read", Map.of());
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.contentType()).contains("application/problem+json");
            assertThat(other.api().get("/api/notifications/" + id).status()).isEqualTo(404);
            assertThat(other.api().get("/api/notifications").json().get("total").asInt())
                    .isZero();
        }
        assertThat(team.repA1()
                        .api()
                        .post("/api/notifications/999999999/read", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(unread(team.repA1().api())).isEqualTo(1);
    }

    @Test
    void badPagingIsRefusedNamingTheField() {
        Fixtures.Team team = fixtures.team(port);
        Api.Response r = team.repA1().api().get("/api/notifications?size=0");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("size");
        assertThat(team.repA1().api().get("/api/notifications?unread=maybe").status())
                .isEqualTo(400);
    }

    @Test
    void aNoticeForSomeoneOutsideTheWorkspaceIsDropped() {
        Fixtures.Team team = fixtures.team(port);
        Fixtures.Team other = fixtures.team(port);
        notices.raise(Notices.notice(team.workspace().id(), other.repA1().id(), "rule", "Stray", null));
        notices.raise(Notices.notice(other.workspace().id(), other.repA1().id(), "rule", "Marker", null));
        Notices.waitUntil(() -> unread(other.repA1().api()) == 1);
        assertThat(other.repA1().api().get("/api/notifications").text()).doesNotContain("Stray");
    }

    static long unread(Api api) {
        return api.get("/api/notifications/unread-count").json().get("unread").asLong();
    }

    private static long idOf(JsonNode page, String title) {
        for (JsonNode item : page.get("items")) {
            if (item.get("title").asString().equals(title)) {
                return item.get("id").asLong();
            }
        }
        throw new AssertionError("no notification titled " + title);
    }
}
