package io.closewright.closeplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.identity.Role;
import io.closewright.identity.Viewer;
import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two completions of steps of one plan at the same time: the first to commit wins (200), the other is
 * told the plan changed (412) and changes nothing; never a 500. The first completion is held open in a
 * transaction of the test until the second request is waiting for its row lock, so the race is certain.
 */
@IntegrationTest
class ConcurrentStepCompletionIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ClosePlanManagement plans;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoConcurrentStepCompletionsEndAs200And412() throws Exception {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        long deal = rep.post("/api/opportunities", Deals.deal(Deals.account(rep, "Race Co"), "Race", "2027-01-29"))
                .id();
        assertThat(rep.put("/api/opportunities/" + deal + "/plan", Map.of("steps", twoSteps()), null)
                        .status())
                .isEqualTo(200);
        Viewer viewer = new Viewer(team.repA1().id(), team.workspace().id(), Role.REP);

        CompletableFuture<Api.Response> second = new TransactionTemplate(transactions).execute(tx -> {
            plans.complete(viewer, deal, "a", null);
            CompletableFuture<Api.Response> request = CompletableFuture.supplyAsync(
                    () -> rep.post("/api/opportunities/" + deal + "/plan/steps/b/done", Map.of()));
            awaitABlockedSession();
            return request;
        });

        Api.Response answer = second.get();
        assertThat(answer.status()).as(answer.text()).isEqualTo(412);
        assertThat(answer.json().get("status").asInt()).isEqualTo(412);
        var plan = rep.get("/api/opportunities/" + deal + "/plan").json();
        assertThat(status(plan, "a")).isEqualTo("DONE");
        assertThat(status(plan, "b"))
                .as("the refused completion changed nothing")
                .isEqualTo("OPEN");
        assertThat(rep.post("/api/opportunities/" + deal + "/plan/steps/b/done", Map.of())
                        .status())
                .as("read again and retried, it works")
                .isEqualTo(200);
    }

    private void awaitABlockedSession() {
        String sql = isPostgres()
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
                : "SELECT COUNT(*) FROM information_schema.sessions WHERE blocker_id IS NOT NULL";
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(giveUp)) {
            if (new JdbcClientOnOwnConnection(dataSource).count(sql) > 0) {
                return;
            }
            sleep();
        }
        throw new AssertionError("the second completion never waited for the first");
    }

    private boolean isPostgres() {
        return jdbc.sql("SELECT 1")
                .query((rs, n) ->
                        rs.getStatement().getConnection().getMetaData().getDatabaseProductName())
                .single()
                .toLowerCase()
                .contains("postgres");
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String status(tools.jackson.databind.JsonNode plan, String key) {
        for (var step : plan.get("steps")) {
            if (step.get("key").asString().equals(key)) {
                return step.get("status").asString();
            }
        }
        throw new AssertionError("no step " + key);
    }

    private static List<Map<String, Object>> twoSteps() {
        return List.of(
                Map.of("key", "a", "title", "Demo", "owner", "SELLER", "durationDays", 2, "dependsOn", List.of()),
                Map.of(
                        "key",
                        "b",
                        "title",
                        "Security review",
                        "owner",
                        "BUYER",
                        "durationDays",
                        3,
                        "dependsOn",
                        List.of()));
    }

    /** Counts on a connection of its own, outside the test's open transaction. */
    private record JdbcClientOnOwnConnection(DataSource dataSource) {
        long count(String sql) {
            try (Connection c = dataSource.getConnection();
                    var statement = c.createStatement();
                    var rs = statement.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
