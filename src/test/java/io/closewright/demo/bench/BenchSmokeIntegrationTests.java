package io.closewright.demo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.IntegrationTest;
import io.closewright.support.PageSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The benchmark suite's smoke: a 1,000-deal benchmark workspace, then every request of
 * {@code bench/http/requests.tsv} (the file the suite reads) through real HTTP, checking what each
 * answers, never how fast; and the import and export the suite leaves to the import benchmark.
 */
@IntegrationTest
class BenchSmokeIntegrationTests {

    static final Path REQUESTS = Path.of("bench", "http", "requests.tsv");

    @LocalServerPort
    int port;

    @Autowired
    BenchWorkspaceGenerator generator;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSmallBenchWorkspaceAnswersEveryBenchmarkedRequest() throws IOException {
        String domain = "smoke-" + UUID.randomUUID().toString().substring(0, 8) + ".bench.test";
        BenchWorkspaceGenerator.BenchWorkspace ws = generator.generate(1000, domain);

        assertThat(ws.deals()).isEqualTo(1000);
        assertThat(count("SELECT COUNT(*) FROM opportunity WHERE workspace_id = ? AND status = 'OPEN'", ws))
                .isEqualTo(600);
        assertThat(count(
                        "SELECT COUNT(*) FROM opportunity WHERE workspace_id = ? AND owner_id = ? AND status = 'OPEN'",
                        ws,
                        ws.busyRepId()))
                .isEqualTo(ws.busyRepOpenDeals())
                .isEqualTo(5);
        assertThat(count(
                        "SELECT COUNT(*) FROM plan_step s JOIN close_plan p ON p.opportunity_id = s.close_plan_id"
                                + " WHERE p.workspace_id = ?",
                        ws))
                .isEqualTo(ws.planSteps())
                .isEqualTo(12_000);
        assertThat(count("SELECT COUNT(*) FROM checkup WHERE workspace_id = ?", ws)
                        + count("SELECT COUNT(*) FROM ask WHERE workspace_id = ?", ws))
                .isEqualTo(3_000);
        assertThat(count("SELECT COUNT(*) FROM deal_risk WHERE workspace_id = ?", ws))
                .isEqualTo(600);
        assertThat(count("SELECT COUNT(*) FROM forecast_snapshot WHERE workspace_id = ?", ws))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM opportunity WHERE workspace_id = ? AND status <> 'OPEN'"
                                + " AND close_date_pushes > 0",
                        ws))
                .isPositive();
        assertThat(ws.recompute().deals()).isEqualTo(600);
        assertThat(ws.teamManagerReps()).isEqualTo(8);

        Clients clients = new Clients(ws);
        long deal = jdbc.sql("SELECT MIN(id) FROM opportunity WHERE owner_id = ? AND status = 'OPEN'")
                .param(ws.busyRepId())
                .query(Long.class)
                .single();
        String step = firstOpenStep(deal);
        List<String> rows = new ArrayList<>();
        for (String line : Files.readAllLines(REQUESTS, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            String path = f[3].replace("{deal}", String.valueOf(deal))
                    .replace("{step}", step)
                    .replace("{manager}", String.valueOf(ws.teamManagerId()));
            int status = clients.send(f[1], f[2], path, f[0], deal);
            assertThat(status).as(f[0] + " " + path + ": " + clients.last).isEqualTo(Integer.parseInt(f[5]));
            check(f[0], clients.last, ws, deal, step);
            rows.add(f[0]);
        }
        assertThat(rows).contains("focus", "board", "deal-list-api", "save-patch", "recompute", "forecast");
        importAndExport(clients.admin, ws);
    }

    private void check(String row, String body, BenchWorkspaceGenerator.BenchWorkspace ws, long deal, String step) {
        switch (row) {
            case "focus" -> {
                JsonNode focus = Api.json(body);
                assertThat(focus.get("userId").asLong()).isEqualTo(ws.busyRepId());
                assertThat(focus.get("items").size()).isPositive();
                assertThat(focus.get("items").get(0).get("rank").asInt()).isEqualTo(1);
            }
            case "board" -> assertThat(body).contains("Qualify").contains("Negotiate");
            case "deal-list-api" -> {
                JsonNode page = Api.json(body);
                assertThat(page.get("items").size()).isEqualTo(50);
                assertThat(page.get("total").asLong()).isEqualTo(1000);
            }
            case "deal-list-page" ->
                assertThat(body.split("href=\"/opportunities/\\d").length - 1).isGreaterThanOrEqualTo(20);
            case "deal-page" -> assertThat(body).contains(name(deal));
            case "save-patch" ->
                assertThat(Api.json(body).get("amount").decimalValue()).isEqualByComparingTo("12345");
            case "save-step" -> {
                assertThat(Api.json(body).get("opportunityId").asLong()).isEqualTo(deal);
                assertThat(jdbc.sql("SELECT done_on FROM plan_step WHERE close_plan_id = ? AND step_key = ?")
                                .params(deal, step)
                                .query(java.time.LocalDate.class)
                                .optional())
                        .as("step %s is done", step)
                        .isPresent();
            }
            case "save-checkup" ->
                assertThat(Api.json(body).get("opportunityId").asLong()).isEqualTo(deal);
            case "get-by-id" ->
                assertThat(Api.json(body).get("ownerId").asLong()).isEqualTo(ws.busyRepId());
            case "search" ->
                assertThat(Api.json(body).get("opportunities").size()).isPositive();
            case "forecast" -> {
                JsonNode forecast = Api.json(body);
                assertThat(forecast.get("scope").get("team").asBoolean()).isTrue();
                assertThat(forecast.get("expected").get("trials").asInt()).isEqualTo(10_000);
            }
            case "recompute" -> assertThat(Api.json(body).get("deals").asInt()).isEqualTo(600);
            default -> throw new AssertionError("no check for row " + row + " of " + REQUESTS);
        }
    }

    private void importAndExport(Api admin, BenchWorkspaceGenerator.BenchWorkspace ws) {
        String csv = "id,name,account,owner,stage,amount,close date\n"
                + "smoke-1,Smoke import one,Smoke Import Co,,qualify,1000,2027-03-01\n"
                + "smoke-2,Smoke import two,Smoke Import Co,,discover,2000,2027-04-01\n";
        Api.Response queued =
                admin.postBytes("/api/imports?preset=generic", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(queued.status()).as(queued.text()).isEqualTo(202);
        JsonNode done = null;
        for (int i = 0; i < 600 && done == null; i++) {
            JsonNode job = admin.get("/api/imports/" + queued.id()).json();
            String status = job.get("status").asString();
            done = status.equals("DONE") || status.equals("FAILED") ? job : null;
            sleep();
        }
        assertThat(done).as("the import finished").isNotNull();
        assertThat(done.get("created").asInt()).as(done.toString()).isEqualTo(2);
        Api.Response export = admin.get("/api/opportunities.csv");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.text().lines().count()).isEqualTo(1 + 1002);
    }

    private String firstOpenStep(long deal) {
        return jdbc.sql("SELECT MIN(step_key) FROM plan_step WHERE close_plan_id = ? AND done_on IS NULL")
                .param(deal)
                .query(String.class)
                .single();
    }

    private String name(long deal) {
        return jdbc.sql("SELECT name FROM opportunity WHERE id = ?")
                .param(deal)
                .query(String.class)
                .single();
    }

    private long count(String sql, BenchWorkspaceGenerator.BenchWorkspace ws, Object... more) {
        List<Object> params = new ArrayList<>(List.of(ws.workspaceId()));
        params.addAll(List.of(more));
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Bearer clients and signed-in page sessions of the documented logins, and the last answer's body. */
    private final class Clients {
        final Api admin;
        final Api rep;
        final Api manager;
        final BenchWorkspaceGenerator.BenchWorkspace ws;
        PageSession adminPage;
        PageSession managerPage;
        String last;

        Clients(BenchWorkspaceGenerator.BenchWorkspace ws) {
            this.ws = ws;
            admin = signIn(ws.adminEmail());
            rep = signIn(ws.busyRepEmail());
            manager = signIn(ws.teamManagerEmail());
        }

        private Api signIn(String email) {
            Api.Response token =
                    new Api(port, null).post("/api/auth/token", Map.of("email", email, "password", ws.password()));
            assertThat(token.status()).as(token.text()).isEqualTo(200);
            return new Api(port, token.json().get("token").asString());
        }

        int send(String who, String method, String path, String row, long deal) {
            if (who.endsWith("-page")) {
                PageSession page = who.startsWith("admin") ? adminPage() : managerPage();
                PageSession.Response r = page.get(path);
                last = r.text();
                return r.status();
            }
            Api api = switch (who) {
                case "rep" -> rep;
                case "manager" -> manager;
                default -> admin;
            };
            Api.Response r = switch (method) {
                case "GET" -> api.get(path);
                case "PATCH" ->
                    api.patch(
                            path,
                            Map.of("amount", 12345),
                            api.get("/api/opportunities/" + deal).etag());
                case "POST" -> api.post(path, body(row));
                default -> throw new AssertionError("no method " + method);
            };
            last = r.text();
            return r.status();
        }

        private Object body(String row) {
            return switch (row) {
                case "save-checkup" ->
                    Map.of("stepKey", "s20", "heldOn", "2026-12-01", "problem", "Budget", "solution", "ROI model");
                default -> Map.of();
            };
        }

        private PageSession adminPage() {
            if (adminPage == null) {
                adminPage = PageSession.signIn(port, ws.adminEmail(), ws.password(), "/opportunities");
            }
            return adminPage;
        }

        private PageSession managerPage() {
            if (managerPage == null) {
                managerPage = PageSession.signIn(port, ws.teamManagerEmail(), ws.password(), "/opportunities");
            }
            return managerPage;
        }
    }
}
