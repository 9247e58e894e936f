package io.closewright.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.TestClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Last activity and the stale flag follow what is logged: a deal in Discover (limit 14 days) goes stale
 * after 14 quiet days (the clock stays within the 30 days the test tokens live), a logged call freshens it, a meeting scheduled ahead or a plan step due soon keeps
 * it fresh, and deleting an activity moves last activity back.
 */
@IntegrationTest
class StaleDealIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void lastActivityAndTheStaleFlagMoveAsActivitiesAreLogged() {
        Api rep = fixtures.team(port).repA1().api();
        long id = Deals.open(rep, "Quiet deal").id();
        assertThat(deal(rep, id).get("lastActivityAt").isNull()).isTrue();
        assertThat(deal(rep, id).get("stale").asBoolean()).isFalse();

        at("2026-12-16T09:00:00Z");
        assertThat(deal(rep, id).get("stale").asBoolean()).isTrue();
        assertThat(listed(rep, id).get("stale").asBoolean()).isTrue();

        rep.post(activities(id), ActivityApiIntegrationTests.call("Woke it up", 20));
        assertThat(deal(rep, id).get("lastActivityAt").asString()).isEqualTo("2026-12-16T09:00:00Z");
        assertThat(deal(rep, id).get("stale").asBoolean()).isFalse();

        at("2026-12-30T10:00:00Z");
        assertThat(deal(rep, id).get("stale").asBoolean()).isTrue();

        Map<String, Object> meeting = ActivityApiIntegrationTests.call("Demo for the team", 60);
        meeting.put("type", "MEETING");
        meeting.put("occurredAt", "2026-12-30T15:00:00Z");
        long meetingId = rep.post(activities(id), meeting).id();
        assertThat(deal(rep, id).get("nextActivityAt").asString()).isEqualTo("2026-12-30T15:00:00Z");
        assertThat(deal(rep, id).get("stale").asBoolean()).isFalse();
        assertThat(deal(rep, id).get("lastActivityAt").asString()).isEqualTo("2026-12-16T09:00:00Z");

        at("2026-12-30T16:00:00Z");
        assertThat(deal(rep, id).get("lastActivityAt").asString()).isEqualTo("2026-12-30T15:00:00Z");
        assertThat(deal(rep, id).get("nextActivityAt").isNull()).isTrue();
        assertThat(deal(rep, id).get("stale").asBoolean()).isFalse();

        assertThat(rep.delete(activities(id) + "/" + meetingId).status()).isEqualTo(204);
        assertThat(deal(rep, id).get("lastActivityAt").asString()).isEqualTo("2026-12-16T09:00:00Z");
        assertThat(deal(rep, id).get("stale").asBoolean()).isTrue();
    }

    @Test
    void aPlanStepDueWithinTheLimitKeepsADealFresh() {
        Api rep = fixtures.team(port).repA1().api();
        long account = Deals.account(rep, "Planned Co");
        long planned = rep.post("/api/opportunities", Deals.deal(account, "Planned", "2026-12-31"))
                .id();
        long unplanned = rep.post("/api/opportunities", Deals.deal(account, "Unplanned", "2026-12-31"))
                .id();
        Map<String, Object> step = Map.of(
                "key",
                "sign",
                "title",
                "Sign the order form",
                "owner",
                "BUYER",
                "durationDays",
                1,
                "dependsOn",
                List.of(),
                "involves",
                List.of());
        assertThat(rep.put("/api/opportunities/" + planned + "/plan", Map.of("steps", List.of(step)), null)
                        .status())
                .isEqualTo(200);

        at("2026-12-17T09:00:00Z");
        assertThat(deal(rep, planned).get("stale").asBoolean()).isFalse();
        assertThat(deal(rep, unplanned).get("stale").asBoolean()).isTrue();
    }

    @Test
    void theAdminSetsTheLimitPerStage() {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        long id = Deals.open(rep, "Patient deal").id();
        Api admin = team.admin().api();
        JsonNode discover = stage(admin, "discover");
        assertThat(discover.get("staleDays").asInt()).isEqualTo(14);
        Api.Response changed = admin.put(
                "/api/stages/discover",
                Map.of("staleDays", 20),
                discover.get("version").asString());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("staleDays").asInt()).isEqualTo(20);
        assertThat(admin.put("/api/stages/discover", Map.of("staleDays", 400), changed.etag())
                        .status())
                .isEqualTo(400);

        at("2026-12-16T09:00:00Z");
        assertThat(deal(rep, id).get("stale").asBoolean()).isFalse();
        at("2026-12-22T09:00:00Z");
        assertThat(deal(rep, id).get("stale").asBoolean()).isTrue();
    }

    private static JsonNode stage(Api api, String key) {
        for (JsonNode s : api.get("/api/stages").json()) {
            if (s.get("key").asString().equals(key)) {
                return s;
            }
        }
        throw new AssertionError("no stage " + key);
    }

    private static JsonNode deal(Api api, long id) {
        return api.get("/api/opportunities/" + id).json();
    }

    private static JsonNode listed(Api api, long id) {
        for (JsonNode item : api.get("/api/opportunities?size=200").json().get("items")) {
            if (item.get("id").asLong() == id) {
                return item;
            }
        }
        throw new AssertionError("deal " + id + " not listed");
    }

    private static String activities(long id) {
        return "/api/opportunities/" + id + "/activities";
    }

    private void at(String instant) {
        clock.set(Instant.parse(instant));
    }
}
