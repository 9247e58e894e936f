package io.closewright.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Logging activities on a deal, its timeline with the system's events in order, and who may change what. */
@IntegrationTest
class ActivityApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theTimelineShowsActivitiesAndSystemEventsNewestFirst() {
        Api rep = fixtures.team(port).repA1().api();
        Api.Response deal = Deals.open(rep, "Timeline deal");
        String path = "/api/opportunities/" + deal.id();
        later(Duration.ofHours(1));
        Api.Response moved = rep.patch(path, Map.of("stage", "propose"), deal.etag());
        later(Duration.ofHours(1));
        Api.Response call = rep.post(path + "/activities", call("Discovery call with the CFO", 30));
        assertThat(call.status()).isEqualTo(201);
        later(Duration.ofHours(1));
        rep.post(path + "/close-date", Map.of("closeDate", "2027-02-26", "reason", "Legal review moved"));
        later(Duration.ofHours(1));
        rep.patch(path, Map.of("amount", 15000), rep.get(path).etag());
        later(Duration.ofHours(1));
        assertThat(rep.put(path + "/plan", Map.of("templateId", "standard"), null)
                        .status())
                .isEqualTo(200);
        assertThat(rep.post(path + "/plan/steps/discovery/done", Map.of()).status())
                .isEqualTo(200);

        JsonNode timeline = rep.get(path + "/timeline").json();
        assertThat(kinds(timeline))
                .containsExactly("STEP_DONE", "AMOUNT_CHANGED", "CLOSE_DATE_MOVED", "CALL", "STAGE_CHANGED", "OPENED");
        assertThat(timeline.get("total").asLong()).isEqualTo(6);
        JsonNode push = timeline.get("items").get(2);
        assertThat(push.get("title").asString()).startsWith("Close date pushed from");
        assertThat(push.get("detail").asString()).isEqualTo("Legal review moved");
        JsonNode logged = timeline.get("items").get(3);
        assertThat(logged.get("title").asString()).isEqualTo("Discovery call with the CFO");
        assertThat(logged.get("activity").get("durationMinutes").asInt()).isEqualTo(30);
        assertThat(timeline.get("items").get(4).get("title").asString()).isEqualTo("Moved from Discover to Propose");
        assertThat(moved.status()).isEqualTo(200);
    }

    @Test
    void theTimelineFiltersByKindOrGroupAndPages() {
        Api rep = fixtures.team(port).repA1().api();
        Api.Response deal = Deals.open(rep, "Filtered deal");
        String path = "/api/opportunities/" + deal.id();
        for (int i = 0; i < 3; i++) {
            later(Duration.ofMinutes(5));
            rep.post(path + "/activities", Map.of("type", "NOTE", "body", "Note " + i));
        }
        rep.post(path + "/activities", call("A call", 15));

        assertThat(kinds(rep.get(path + "/timeline?kind=call").json())).containsExactly("CALL");
        assertThat(kinds(rep.get(path + "/timeline?kind=ACTIVITY").json())).hasSize(4);
        assertThat(kinds(rep.get(path + "/timeline?kind=deal").json())).containsExactly("OPENED");
        JsonNode page = rep.get(path + "/timeline?size=2&page=1").json();
        assertThat(page.get("total").asLong()).isEqualTo(5);
        assertThat(page.get("items").get(0).get("title").asString()).isEqualTo("Note 1");
        assertThat(page.get("items").get(1).get("title").asString()).isEqualTo("Note 0");
    }

    @Test
    void onlyTheAuthorChangesOrDeletesAnActivityAndTheAuditTrailKeepsWhatItWas() {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        Api.Response deal = Deals.open(rep, "Authored deal");
        String path = "/api/opportunities/" + deal.id() + "/activities";
        Api.Response note = rep.post(path, Map.of("type", "NOTE", "subject", "Budget", "body", "They have budget"));
        String one = path + "/" + note.id();

        Api manager = team.managerA().api();
        assertThat(manager.get(one).status()).isEqualTo(200);
        assertThat(manager.patch(one, Map.of("subject", "Mine now"), note.etag())
                        .status())
                .isEqualTo(403);
        assertThat(manager.delete(one).status()).isEqualTo(403);
        assertThat(team.repA2()
                        .api()
                        .patch(one, Map.of("subject", "x"), note.etag())
                        .status())
                .isEqualTo(404);
        assertThat(team.repB1().api().delete(one).status()).isEqualTo(404);

        assertThat(rep.patch(one, Map.of("subject", "No version"), null).status())
                .isEqualTo(428);
        Api.Response edited = rep.patch(one, Map.of("subject", "Budget confirmed"), note.etag());
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("subject").asString()).isEqualTo("Budget confirmed");
        assertThat(edited.json().get("body").asString()).isEqualTo("They have budget");
        assertThat(edited.json().get("editedAt").isNull()).isFalse();
        assertThat(rep.patch(one, Map.of("subject", "Stale"), note.etag()).status())
                .isEqualTo(412);
        assertThat(rep.delete(one).status()).isEqualTo(204);
        assertThat(rep.get(one).status()).isEqualTo(404);

        List<String> trail = jdbc.sql("SELECT action FROM activity_audit WHERE activity_id = ? ORDER BY id")
                .param(note.id())
                .query(String.class)
                .list();
        assertThat(trail).containsExactly("EDITED", "DELETED");
        assertThat(jdbc.sql("SELECT before_state FROM activity_audit WHERE activity_id = ? ORDER BY id")
                        .param(note.id())
                        .query(String.class)
                        .list()
                        .get(0))
                .contains("\"subject\":\"Budget\"");
    }

    @Test
    void participantsAreContactsOfTheDealsAccount() {
        Api rep = fixtures.team(port).repA1().api();
        long account = Deals.account(rep, "People Co");
        long dana = rep.post(
                        "/api/accounts/" + account + "/contacts",
                        Map.of("name", "Dana Buyer", "email", "dana@peopleco.com", "role", "CHAMPION"))
                .id();
        long elsewhere = rep.post(
                        "/api/accounts/" + Deals.account(rep, "Other Co") + "/contacts",
                        Map.of("name", "Olga Other", "role", "USER"))
                .id();
        long deal = rep.post("/api/opportunities", Deals.deal(account, "People deal", "2027-01-29"))
                .id();
        String path = "/api/opportunities/" + deal + "/activities";
        Map<String, Object> meeting = call("Kick-off", 60);
        meeting.put("type", "MEETING");
        meeting.put("contactIds", List.of(dana));
        Api.Response logged = rep.post(path, meeting);
        assertThat(logged.status()).isEqualTo(201);
        assertThat(logged.json().get("contacts").get(0).get("name").asString()).isEqualTo("Dana Buyer");

        meeting.put("contactIds", List.of(dana, elsewhere));
        Api.Response refused = rep.post(path, meeting);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("contactIds");
    }

    static Map<String, Object> call(String subject, int minutes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "CALL");
        body.put("subject", subject);
        body.put("durationMinutes", minutes);
        body.put("outcome", "Agreed next steps");
        return body;
    }

    static List<String> kinds(JsonNode page) {
        List<String> kinds = new ArrayList<>();
        page.get("items").forEach(i -> kinds.add(i.get("kind").asString()));
        return kinds;
    }

    private void later(Duration by) {
        clock.set(clock.instant().plus(by));
    }
}
