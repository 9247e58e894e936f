package io.closewright.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Walks every operation in the published OpenAPI document and sends it junk: odd path ids, empty,
 * wrongly typed and malformed bodies, stale and garbage If-Match headers. No request may produce a 5xx,
 * and every error must be problem+json.
 */
@IntegrationTest
class NoServerErrorIntegrationTests {

    private static final List<String> BODIES = List.of(
            "",
            "{}",
            "[]",
            "null",
            "\"text\"",
            "{\"name\":",
            "{\"name\":123,\"amount\":"
                    + "\"lots\",\"closeDate\":\"soon\",\"steps\":[{}],\"keys\":[1],\"workdays\":[\"FUNDAY\"]}",
            "{\"steps\":[null],\"holidays\":[null],\"outcome\":\"WON\",\"closeDate\":\"2030-01-01\"}");
    private static final List<String> IDS = List.of("0", "-1", "99999999999", "abc", "%20");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void noOperationAnswersAServerErrorToJunk() {
        Fixtures.Team team = fixtures.team(port);
        Api admin = team.admin().api();
        Api.Response deal = Deals.open(team.repA1().api(), "Junk target");
        JsonNode paths = team.anonymous().get("/v3/api-docs").json().get("paths");
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                if (!path.getValue().has(method)) {
                    continue;
                }
                for (String concrete : concretePaths(path.getKey(), deal.id())) {
                    for (String body : method.equals("get") || method.equals("delete") ? List.of("") : BODIES) {
                        for (Api client : List.of(admin, team.repB1().api())) {
                            Api.Response r = send(client, method, concrete, body);
                            requests++;
                            if (r.status() >= 500
                                    || (r.status() >= 400 && !r.contentType().startsWith("application/problem+json"))) {
                                failures.add(method.toUpperCase() + " " + concrete + " " + body + " -> " + r);
                            }
                        }
                    }
                }
            }
        }
        assertThat(requests).isGreaterThan(300);
        assertThat(failures).isEmpty();
    }

    private static List<String> concretePaths(String template, long dealId) {
        if (!template.contains("{")) {
            return List.of(template);
        }
        List<String> paths = new ArrayList<>();
        paths.add(template.replaceAll("\\{id}", String.valueOf(dealId)).replaceAll("\\{[^}]+}", "discovery"));
        for (String id : IDS) {
            paths.add(template.replaceAll("\\{[^}]+}", id));
        }
        return paths;
    }

    private static Api.Response send(Api client, String method, String path, String body) {
        return switch (method) {
            case "get" -> client.get(path);
            case "post" -> client.postRaw(path, body, "application/json");
            case "put" -> client.put(path, body, "\"junk\"");
            case "patch" -> client.patch(path, body, "W/\"0\"");
            default -> client.delete(path);
        };
    }
}
