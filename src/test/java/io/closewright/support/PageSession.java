package io.closewright.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in browser session without a browser: form login, the session cookie and the CSRF token,
 * for tests of pages and htmx fragments over real HTTP. Redirects are not followed.
 */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String csrf;

    private PageSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Signs in through the login form; {@code csrfPage} is a page with a form to read the token from. */
    public static PageSession signIn(int port, String email, String password, String csrfPage) {
        PageSession session = new PageSession(port);
        session.csrf = session.token(session.get("/login").text());
        Response login = session.post("/login", Map.of("username", email, "password", password));
        if (login.status() != 302 || login.location().contains("error")) {
            throw new IllegalStateException("Sign-in failed: " + login.status() + " " + login.location());
        }
        session.csrf = session.token(session.get(csrfPage).text());
        return session;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A form post, as htmx sends it: urlencoded, with the CSRF token in the header. */
    public Response post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return postRaw(path, body);
    }

    /** A form post of an already encoded body (for repeated fields). */
    public Response postRaw(String path, String urlencoded) {
        String body = urlencoded + (urlencoded.isEmpty() ? "" : "&") + "_csrf=" + enc(csrf);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("HX-Request", "true")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A form post as a browser without JavaScript sends it: urlencoded, without htmx's header. */
    public Response postWithoutHtmx(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                        .collect(Collectors.joining("&"))
                + "&_csrf=" + enc(csrf);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private String token(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("No CSRF token on the page");
        }
        return m.group(1);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r =
                    http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    r.statusCode(),
                    r.headers().firstValue("Location").orElse(""),
                    r.headers().map(),
                    r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A page response: status, redirect target, headers and the HTML. */
    public record Response(int status, String location, Map<String, java.util.List<String>> headers, String text) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }
}
