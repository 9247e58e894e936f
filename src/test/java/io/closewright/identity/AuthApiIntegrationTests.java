package io.closewright.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class AuthApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Fixtures.Team team;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
    }

    @Test
    void issuesATokenThatAuthenticatesTheApi() {
        Api.Response token = team.anonymous()
                .post(
                        "/api/auth/token",
                        Map.of("email", team.repA1().user().email().toUpperCase(), "password", Fixtures.PASSWORD));
        assertThat(token.status()).isEqualTo(200);
        assertThat(token.json().get("token").asString()).hasSizeGreaterThan(40);
        assertThat(token.json().get("expiresAt").asString()).startsWith("2026-12-31");
        JsonNode me = team.anonymous()
                .as(token.json().get("token").asString())
                .get("/api/me")
                .json();
        assertThat(me.get("id").asLong()).isEqualTo(team.repA1().id());
        assertThat(me.get("role").asString()).isEqualTo("REP");
        assertThat(me.get("managerId").asLong()).isEqualTo(team.managerA().id());
        assertThat(me.get("calendarUrl").asString()).matches("http://localhost:\\d+/calendar/[0-9a-f]{40}\\.ics");
    }

    @Test
    void refusesWrongCredentialsAndMissingOrForgedTokens() {
        Api.Response wrong = team.anonymous()
                .post("/api/auth/token", Map.of("email", team.repA2().user().email(), "password", "not-the-password"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(team.anonymous()
                        .post("/api/auth/token", Map.of("email", "nobody@example.com", "password", "whatever1234"))
                        .status())
                .isEqualTo(401);
        assertThat(team.anonymous().post("/api/auth/token", Map.of("email", "")).status())
                .isEqualTo(400);
        Api.Response anonymous = team.anonymous().get("/api/opportunities");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(team.anonymous().as("forged-token").get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void throttlesRepeatedFailuresPerAccount() {
        String email = team.repB1().user().email();
        for (int i = 0; i < 5; i++) {
            assertThat(team.anonymous()
                            .post("/api/auth/token", Map.of("email", email, "password", "guess-" + i))
                            .status())
                    .isEqualTo(401);
        }
        Api.Response throttled =
                team.anonymous().post("/api/auth/token", Map.of("email", email, "password", Fixtures.PASSWORD));
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.contentType()).startsWith("application/problem+json");
        assertThat(team.anonymous()
                        .post(
                                "/api/auth/token",
                                Map.of("email", team.repA2().user().email(), "password", Fixtures.PASSWORD))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void adminsAddUsersWithManagersAndOthersCannot() {
        Map<String, Object> body = Map.of(
                "email",
                "new-rep-" + System.nanoTime() + "@example.com",
                "name",
                "New Rep",
                "password",
                "long-enough-pass",
                "role",
                "REP",
                "managerId",
                team.managerB().id());
        assertThat(team.managerA().api().post("/api/users", body).status()).isEqualTo(403);
        Api.Response created = team.admin().api().post("/api/users", body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("managerId").asLong())
                .isEqualTo(team.managerB().id());
        assertThat(created.json().has("passwordHash")).isFalse();
        assertThat(team.admin().api().post("/api/users", body).status()).isEqualTo(400);
        JsonNode teamB = team.managerB().api().get("/api/users").json();
        assertThat(teamB).hasSize(3);
    }

    @Test
    void refusesBadUsersAndHierarchyCycles() {
        Api admin = team.admin().api();
        assertThat(admin.post(
                                "/api/users",
                                Map.of("email", "x", "name", "X", "password", "long-enough-pass", "role", "REP"))
                        .status())
                .isEqualTo(400);
        assertThat(admin.post(
                                "/api/users",
                                Map.of("email", "short@example.com", "name", "X", "password", "short", "role", "REP"))
                        .status())
                .isEqualTo(400);
        assertThat(admin.post(
                                "/api/users",
                                Map.of(
                                        "email",
                                        "role@example.com",
                                        "name",
                                        "X",
                                        "password",
                                        "long-enough-pass",
                                        "role",
                                        "KING"))
                        .status())
                .isEqualTo(400);
        Api.Response underRep = admin.post(
                "/api/users",
                Map.of(
                        "email",
                        "under-rep-" + System.nanoTime() + "@example.com",
                        "name",
                        "X",
                        "password",
                        "long-enough-pass",
                        "role",
                        "REP",
                        "managerId",
                        team.repA1().id()));
        assertThat(underRep.status()).isEqualTo(400);
        assertThat(underRep.json().get("errors").get(0).get("field").asString()).isEqualTo("managerId");

        JsonNode managerA = admin.get("/api/users/" + team.managerA().id()).json();
        Api.Response cycle = admin.patch(
                "/api/users/" + team.managerA().id(),
                Map.of("managerId", team.managerA().id()),
                "\"" + managerA.get("version").asLong() + "\"");
        assertThat(cycle.status()).isEqualTo(400);
        Api.Response noIfMatch = admin.patch("/api/users/" + team.managerA().id(), Map.of("name", "Renamed"), null);
        assertThat(noIfMatch.status()).isEqualTo(428);
    }

    @Test
    void movingARepToAnotherManagerChangesWhoSeesTheirDeals() {
        io.closewright.support.Deals.open(team.repA1().api(), "Moving deal");
        assertThat(team.managerB()
                        .api()
                        .get("/api/opportunities")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        JsonNode rep = team.admin().api().get("/api/users/" + team.repA1().id()).json();
        Api.Response moved = team.admin()
                .api()
                .patch(
                        "/api/users/" + team.repA1().id(),
                        Map.of("managerId", team.managerB().id()),
                        "\"" + rep.get("version").asLong() + "\"");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(team.managerB()
                        .api()
                        .get("/api/opportunities")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(team.managerA()
                        .api()
                        .get("/api/opportunities")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
    }
}
