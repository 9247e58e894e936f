package io.closewright.focus;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Rep tasks through the API, today Tue 1 Dec 2026. */
@IntegrationTest
class TaskApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Fixtures.Team team;
    Api rep;
    long deal;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
        rep = team.repA1().api();
        deal = Deals.open(rep, "Task deal").id();
    }

    @Test
    void createsCompletesReopensSnoozesAndDeletesATask() {
        Api.Response created = rep.post(
                "/api/tasks",
                Map.of("title", "  Send the security questionnaire ", "dueDate", "2026-12-02", "opportunityId", deal));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode task = created.json();
        assertThat(task.get("title").asString()).isEqualTo("Send the security questionnaire");
        assertThat(task.get("status").asString()).isEqualTo("OPEN");
        assertThat(task.get("opportunityName").asString()).isEqualTo("Task deal");
        long id = task.get("id").asLong();
        assertThat(rep.get("/api/opportunities/" + deal + "/tasks")
                        .json()
                        .get(0)
                        .get("id")
                        .asLong())
                .isEqualTo(id);

        Api.Response snoozed = rep.post("/api/tasks/" + id + "/snooze", Map.of("until", "2026-12-07"));
        assertThat(snoozed.status()).as(snoozed.text()).isEqualTo(200);
        assertThat(snoozed.json().get("snoozedUntil").asString()).isEqualTo("2026-12-07");
        assertThat(snoozed.json().get("dueDate").asString()).isEqualTo("2026-12-07");

        JsonNode done = rep.post("/api/tasks/" + id + "/done", Map.of()).json();
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("doneOn").asString()).isEqualTo("2026-12-01");
        assertThat(rep.post("/api/tasks/" + id + "/done", Map.of()).status()).isEqualTo(409);
        assertThat(rep.get("/api/tasks").json()).isEmpty();

        assertThat(rep.post("/api/tasks/" + id + "/reopen", Map.of())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("OPEN");
        assertThat(rep.delete("/api/tasks/" + id).status()).isEqualTo(204);
        assertThat(rep.get("/api/tasks/" + id).status()).isEqualTo(404);
    }

    @Test
    void refusesBadInputAndChangesNothing() {
        Api.Response r = rep.post("/api/tasks", Map.of("title", " ", "opportunityId", deal));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).contains("problem+json");
        assertThat(r.json().get("errors").toString()).contains("title", "dueDate");
        long id = rep.post("/api/tasks", Map.of("title", "Call", "dueDate", "2026-12-02"))
                .id();
        Api.Response snooze = rep.post("/api/tasks/" + id + "/snooze", Map.of("until", "2026-12-01"));
        assertThat(snooze.status()).isEqualTo(400);
        assertThat(snooze.json().get("errors").get(0).get("field").asString()).isEqualTo("until");
        assertThat(rep.postRaw("/api/tasks", "{\"title\":", "application/json").status())
                .isEqualTo(400);
        assertThat(rep.get("/api/tasks").json()).hasSize(1);
        assertThat(rep.get("/api/tasks/" + id).json().get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void aTaskIsSeenByItsOwnerAndTheirManagerOnly() {
        long id = rep.post("/api/tasks", Map.of("title", "Mine", "dueDate", "2026-12-02"))
                .id();
        assertThat(team.managerA().api().get("/api/tasks/" + id).status()).isEqualTo(200);
        assertThat(team.repA2().api().get("/api/tasks/" + id).status()).isEqualTo(404);
        assertThat(team.repA2()
                        .api()
                        .post("/api/tasks/" + id + "/done", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(team.managerB().api().delete("/api/tasks/" + id).status()).isEqualTo(404);
        assertThat(team.repA2()
                        .api()
                        .post(
                                "/api/tasks",
                                Map.of(
                                        "title",
                                        "For A1",
                                        "dueDate",
                                        "2026-12-02",
                                        "ownerId",
                                        team.repA1().id()))
                        .status())
                .isEqualTo(400);
        Api.Response given = team.managerA()
                .api()
                .post(
                        "/api/tasks",
                        Map.of(
                                "title",
                                "From your manager",
                                "dueDate",
                                "2026-12-02",
                                "ownerId",
                                team.repA1().id()));
        assertThat(given.status()).isEqualTo(201);
        assertThat(rep.get("/api/tasks").json()).hasSize(2);
    }
}
