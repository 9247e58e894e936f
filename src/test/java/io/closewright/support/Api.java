package io.closewright.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for the API of the application under test, speaking JSON. Every answer from
 * {@code /api/**} is checked against the server's published OpenAPI document ({@link ApiContract}).
 */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String token;

    public Api(int port, String token) {
        this.base = "http://localhost:" + port;
        this.token = token;
    }

    public Api as(String otherToken) {
        return new Api(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), otherToken);
    }

    public Response get(String path) {
        return send("GET", path, request(path).GET());
    }

    public Response post(String path, Object body) {
        return send("POST", path, request(path).POST(publisher(body)).header("Content-Type", "application/json"));
    }

    public Response postRaw(String path, String rawBody, String contentType) {
        return send(
                "POST",
                path,
                request(path).POST(HttpRequest.BodyPublishers.ofString(rawBody)).header("Content-Type", contentType));
    }

    public Response postBytes(String path, byte[] body, String contentType) {
        return send(
                "POST",
                path,
                request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", contentType));
    }

    public Response patch(String path, Object body, String ifMatch) {
        HttpRequest.Builder b =
                request(path).method("PATCH", publisher(body)).header("Content-Type", "application/json");
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return send("PATCH", path, b);
    }

    public Response put(String path, Object body, String ifMatch) {
        HttpRequest.Builder b = request(path).PUT(publisher(body)).header("Content-Type", "application/json");
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return send("PUT", path, b);
    }

    public Response delete(String path) {
        return send("DELETE", path, request(path).DELETE());
    }

    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private static HttpRequest.BodyPublisher publisher(Object body) {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        return HttpRequest.BodyPublishers.ofString(text);
    }

    /** Sends the request and holds the response to the published API document (see {@link ApiContract}). */
    private Response send(String method, String path, HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            Response response = new Response(
                    r.statusCode(),
                    r.headers().firstValue("ETag").orElse(null),
                    r.headers().firstValue("Content-Type").orElse(""),
                    r.body());
            ApiContract.check(base, method, path, response);
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, ETag, content type and the body as text and as JSON. */
    public record Response(int status, String etag, String contentType, String text) {

        public JsonNode json() {
            return text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
        }

        public long id() {
            return json().get("id").asLong();
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }
}
