package io.closewright.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bad input to the activity, timeline and search API gets a 4xx problem+json naming the field, never a 500. */
@IntegrationTest
class ActivityBadInputIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Api rep;
    String activities;

    @BeforeEach
    void setUp() {
        Fixtures.Team team = fixtures.team(port);
        rep = team.repA1().api();
        activities = "/api/opportunities/" + Deals.open(rep, "Bad input deal").id() + "/activities";
    }

    @Test
    void refusesActivitiesThatBreakTheRules() {
        refused(rep.post(activities, Map.of("subject", "No type")), 400, "type");
        refused(rep.post(activities, Map.of("type", "CALL")), 400, "subject");
        refused(rep.post(activities, body("NOTE", "Long note", 30, null)), 400, "durationMinutes");
        refused(rep.post(activities, body("CALL", "Marathon", 2000, null)), 400, "durationMinutes");
        refused(
                rep.post(activities, body("EMAIL", "From the future", null, "2027-01-04T10:00:00Z")),
                400,
                "occurredAt");
        refused(rep.post(activities, body("MEETING", "Far ahead", 30, "2029-01-04T10:00:00Z")), 400, "occurredAt");
        refused(rep.post(activities, body("NOTE", "x".repeat(201), null, null)), 400, "subject");
    }

    @Test
    void refusesMalformedRequests() {
        refused(rep.postRaw(activities, "{\"type\": \"NOTE\", ", "application/json"), 400, null);
        refused(rep.post(activities, Map.of("type", "SMS", "subject", "x")), 400, null);
        refused(rep.post(activities, Map.of("type", "NOTE", "subject", "x", "occurredAt", "yesterday")), 400, null);
        String one = activities + "/"
                + rep.post(activities, Map.of("type", "NOTE", "subject", "Fine"))
                        .id();
        refused(rep.patch(one, Map.of("subject", "y"), "not-a-version"), 400, "If-Match");
        refused(rep.get(activities.replace("/activities", "/timeline?kind=GOSSIP")), 400, "kind");
        refused(rep.get(activities.replace("/activities", "/timeline?size=500")), 400, "size");
        refused(rep.get(activities + "?page=-1"), 400, "page");
    }

    @Test
    void aForeignOrMissingDealOrActivityIsA404() {
        Fixtures.Team other = fixtures.team(port);
        String foreign = "/api/opportunities/"
                + Deals.open(other.repA1().api(), "Not yours").id();
        refused(rep.post(foreign + "/activities", Map.of("type", "NOTE", "subject", "Sneaky")), 404, null);
        refused(rep.get(foreign + "/timeline"), 404, null);
        refused(rep.get("/api/opportunities/99999999/timeline"), 404, null);
        long mine =
                rep.post(activities, Map.of("type", "NOTE", "subject", "Mine")).id();
        String otherDeal =
                "/api/opportunities/" + Deals.open(rep, "Second deal").id();
        refused(rep.get(otherDeal + "/activities/" + mine), 404, null);
        refused(rep.delete(otherDeal + "/activities/" + mine), 404, null);
    }

    private static Map<String, Object> body(String type, String subject, Integer minutes, String at) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("subject", subject);
        if (minutes != null) {
            body.put("durationMinutes", minutes);
        }
        if (at != null) {
            body.put("occurredAt", at);
        }
        return body;
    }

    private static void refused(Api.Response r, int status, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(r.json().get("errors").toString()).as(r.toString()).contains("\"field\":\"" + field + "\"");
        }
    }
}
