package io.closewright.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.PageSession;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Changes an admin makes to a user take effect on that user's open sessions and tokens at once. */
@IntegrationTest
class SignedInChangesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    Fixtures.Team team;
    Api admin;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
        admin = team.admin().api();
    }

    @Test
    void aDemotedAdminIsRefusedAdminPagesOnTheNextRequest() {
        String email = "second-admin-" + UUID.randomUUID() + "@example.com";
        long id = admin.post("/api/users", newUser(email, "ADMIN")).id();
        PageSession session = PageSession.signIn(port, email, Fixtures.PASSWORD, "/admin/users");
        assertThat(session.get("/admin/users").status()).isEqualTo(200);

        assertThat(patch(id, Map.of("role", "REP")).status()).isEqualTo(200);

        assertThat(session.get("/admin/users").status()).isEqualTo(403);
        assertThat(session.get("/admin/stages").status()).isEqualTo(403);
        assertThat(session.post("/admin/users", Map.of("email", "x@example.com"))
                        .status())
                .isEqualTo(403);
        assertThat(session.get("/pipeline").status())
                .as("still signed in as a rep")
                .isEqualTo(200);
    }

    @Test
    void disablingAUserSignsOutTheirSessionsAndEndsTheirTokens() {
        long dealId = Deals.open(team.repA1().api(), "Disabled rep's deal").id();
        PageSession session = PageSession.signIn(port, team.repA1().user().email(), Fixtures.PASSWORD, "/pipeline");
        assertThat(session.get("/opportunities/" + dealId).status()).isEqualTo(200);

        assertThat(patch(team.repA1().id(), Map.of("active", false)).status()).isEqualTo(200);

        PageSession.Response after = session.get("/opportunities/" + dealId);
        assertThat(after.status()).isEqualTo(302);
        assertThat(after.location()).endsWith("/login");
        assertThat(sessionsOf(team.repA1().user().email())).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE user_id = ?")
                        .param(team.repA1().id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(team.repA1().api().get("/api/me").status()).isEqualTo(401);

        assertThat(patch(team.repA1().id(), Map.of("active", true)).status()).isEqualTo(200);
        assertThat(session.get("/opportunities/" + dealId).status())
                .as("re-enabling does not bring the old session back")
                .isEqualTo(302);
    }

    @Test
    void aDemotedAdminsApiTokenLosesAdminRightsOnTheNextRequest() {
        String email = "token-admin-" + UUID.randomUUID() + "@example.com";
        long id = admin.post("/api/users", newUser(email, "ADMIN")).id();
        Api token = admin.as(admin.post("/api/auth/token", Map.of("email", email, "password", Fixtures.PASSWORD))
                .json()
                .get("token")
                .asString());
        assertThat(token.get("/api/me").json().get("role").asString()).isEqualTo("ADMIN");

        assertThat(patch(id, Map.of("role", "REP")).status()).isEqualTo(200);

        assertThat(token.get("/api/me").json().get("role").asString())
                .as("the token's cached principal is dropped with the change")
                .isEqualTo("REP");
        assertThat(token.post("/api/users", newUser("never-" + UUID.randomUUID() + "@example.com", "REP"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aDisabledAdminCannotReEnableThemself() {
        String email = "doomed-admin-" + UUID.randomUUID() + "@example.com";
        long id = admin.post("/api/users", newUser(email, "ADMIN")).id();
        PageSession session = PageSession.signIn(port, email, Fixtures.PASSWORD, "/admin/users");

        assertThat(patch(id, Map.of("active", false)).status()).isEqualTo(200);

        assertThat(session.get("/admin/users").status()).isEqualTo(302);
        assertThat(admin.get("/api/users/" + id).json().get("active").asBoolean())
                .isFalse();
    }

    @Test
    void aPatchWithoutManagerIdKeepsTheManager() {
        assertThat(patch(team.repA1().id(), Map.of("name", "Renamed rep")).status())
                .isEqualTo(200);
        JsonNode rep = admin.get("/api/users/" + team.repA1().id()).json();
        assertThat(rep.get("name").asString()).isEqualTo("Renamed rep");
        assertThat(rep.get("managerId").asLong()).isEqualTo(team.managerA().id());
        assertThat(team.managerA().api().get("/api/users/" + team.repA1().id()).status())
                .isEqualTo(200);

        Map<String, Object> removeManager = new HashMap<>();
        removeManager.put("managerId", null);
        assertThat(patch(team.repA1().id(), removeManager).status()).isEqualTo(200);
        assertThat(admin.get("/api/users/" + team.repA1().id())
                        .json()
                        .get("managerId")
                        .isNull())
                .isTrue();
    }

    private Api.Response patch(long userId, Map<String, Object> changes) {
        long version = admin.get("/api/users/" + userId).json().get("version").asLong();
        return admin.patch("/api/users/" + userId, changes, "\"" + version + "\"");
    }

    private long sessionsOf(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    private static Map<String, Object> newUser(String email, String role) {
        return Map.of("email", email, "name", "Someone", "password", Fixtures.PASSWORD, "role", role);
    }
}
