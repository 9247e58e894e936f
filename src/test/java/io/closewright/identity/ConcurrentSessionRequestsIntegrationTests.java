package io.closewright.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * One signed-in browser session sending many page and htmx requests at once (tabs opened together, the
 * board's fragments): every answer is a page, never a server error, and the session and its CSRF token
 * still work afterwards. Sessions are kept in the database; two requests that both add the same attribute
 * must both be saved (an upsert), whatever the database.
 */
@IntegrationTest
class ConcurrentSessionRequestsIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final int PARALLEL = 16;
    private static final int SIGN_INS = 3;
    private static final int ROUNDS = 3;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SessionRepository<? extends Session> sessions;

    Fixtures.Team team;
    ExecutorService pool;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
        pool = Executors.newFixedThreadPool(PARALLEL);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void concurrentRequestsOfOneSessionNeverFailAndTheSessionKeepsWorking() throws Exception {
        long dealId = Deals.open(team.repA1().api(), "Concurrent session deal").id();
        List<String> pages = List.of("/pipeline", "/today", "/opportunities/" + dealId);
        for (int signIn = 0; signIn < SIGN_INS; signIn++) {
            HttpClient client = signedIn(team.repA1().user().email());
            List<HttpResponse<String>> first = null;
            for (int round = 0; round < ROUNDS; round++) {
                List<HttpResponse<String>> answers = all(client, pages);
                for (HttpResponse<String> answer : answers) {
                    assertThat(answer.statusCode())
                            .as("sign-in %d, round %d: GET %s", signIn, round, answer.uri())
                            .isEqualTo(200);
                }
                if (first == null) {
                    first = answers;
                }
            }
            assertThat(send(client, get("/pipeline")).statusCode())
                    .as("still signed in")
                    .isEqualTo(200);
            HttpResponse<String> out = send(
                    client,
                    post("/logout", "_csrf=" + enc(csrf(first.get(PARALLEL - 1).body()))));
            assertThat(out.headers().firstValue("Location").orElse(""))
                    .as("the CSRF token of a page loaded in the first burst is accepted")
                    .endsWith("/login?logout");
            assertThat(send(client, get("/pipeline")).statusCode())
                    .as("signed out")
                    .isEqualTo(302);
        }
    }

    @Test
    void twoRequestsAddingTheSameAttributeBothSaveAndTheLaterWins() {
        assertThat(bothAdd(sessions)).isEqualTo("second");
    }

    @Test
    void aRequestWhoseSessionWasDeletedMeanwhileStillSaves() {
        assertThat(changeAfterDelete(sessions)).isNull();
    }

    /**
     * A request adds one attribute and changes another of its session, which another request deleted (signed
     * out) meanwhile.
     */
    private static <S extends Session> S changeAfterDelete(SessionRepository<S> repository) {
        S created = repository.createSession();
        created.setAttribute("closewright.kept", "before");
        repository.save(created);
        S loaded = repository.findById(created.getId());
        repository.deleteById(created.getId());
        loaded.setAttribute("closewright.added", "late");
        loaded.setAttribute("closewright.kept", "after");
        repository.save(loaded);
        return repository.findById(created.getId());
    }

    /** Two copies of one stored session, as two requests load it, each add the same attribute and save. */
    private static <S extends Session> String bothAdd(SessionRepository<S> repository) {
        S created = repository.createSession();
        repository.save(created);
        S first = repository.findById(created.getId());
        S second = repository.findById(created.getId());
        first.setAttribute("closewright.test", "first");
        second.setAttribute("closewright.test", "second");
        try {
            repository.save(first);
            repository.save(second);
            return repository.findById(created.getId()).getAttribute("closewright.test");
        } finally {
            repository.deleteById(created.getId());
        }
    }

    /** Sends {@link #PARALLEL} GETs of the pages at once (released together) and waits for all answers. */
    private List<HttpResponse<String>> all(HttpClient client, List<String> pages) {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            HttpRequest request = get(pages.get(i % pages.size()));
            sent.add(CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            start.await();
                            return send(client, request);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(e);
                        }
                    },
                    pool));
        }
        start.countDown();
        return sent.stream().map(CompletableFuture::join).toList();
    }

    /** Signs in through the login form; the browser's next requests are the concurrent ones. */
    private HttpClient signedIn(String email) {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String token = csrf(send(client, get("/login")).body());
        HttpResponse<String> login = send(
                client,
                post(
                        "/login",
                        "username=" + enc(email) + "&password=" + enc(Fixtures.PASSWORD) + "&_csrf=" + enc(token)));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return client;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .build();
    }

    private HttpRequest post(String path, String form) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF field in the page").isTrue();
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
