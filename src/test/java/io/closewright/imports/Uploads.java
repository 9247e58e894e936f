package io.closewright.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Test uploads: the real exports under {@code ../shared/data} (read where they are, never copied) and
 * multipart bodies for {@code POST /api/imports}, plus waiting for an import to finish.
 */
final class Uploads {

    static final Path DATA = Path.of("..", "shared", "data");
    static final Path MAVEN = DATA.resolve("maven-crm-sales-opportunities");
    static final Path SALESFORCE = DATA.resolve("salesforce-dataexport-demo-org");
    private static final String BOUNDARY = "----closewright-test-boundary";

    private Uploads() {}

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Maven pipeline with its products, teams and accounts files, as multipart parts. */
    static Map<String, byte[]> maven(String pipeline) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("file", bytes(MAVEN.resolve(pipeline)));
        parts.put("products", bytes(MAVEN.resolve("products.csv")));
        parts.put("teams", bytes(MAVEN.resolve("sales_teams.csv")));
        parts.put("accounts", bytes(MAVEN.resolve("accounts.csv")));
        return parts;
    }

    static Api.Response post(Api api, String query, Map<String, byte[]> parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        parts.forEach((name, content) -> {
            String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + name + ".csv\"\r\nContent-Type: text/csv\r\n\r\n";
            body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.postBytes("/api/imports?" + query, body.toByteArray(), "multipart/form-data; boundary=" + BOUNDARY);
    }

    static Api.Response csv(Api api, String query, byte[] file) {
        return api.postBytes("/api/imports?" + query, file, "text/csv");
    }

    /** Waits (up to two minutes) for the queued import to finish and answers its final state. */
    static JsonNode finished(Api api, Api.Response queued) {
        assertThat(queued.status()).as(queued.text()).isEqualTo(202);
        long id = queued.id();
        for (int i = 0; i < 1200; i++) {
            Api.Response r = api.get("/api/imports/" + id);
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            String status = r.json().get("status").asString();
            if (status.equals("DONE") || status.equals("FAILED")) {
                return r.json();
            }
            sleep();
        }
        throw new AssertionError("Import " + id + " did not finish");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
