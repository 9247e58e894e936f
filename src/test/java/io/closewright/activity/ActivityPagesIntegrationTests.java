package io.closewright.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The activity sections of the deal, account and contact pages and the search box, as a signed-in
 * browser session sees them: forms keep what was typed and show problems next to the fields, and
 * nothing of another team shows.
 */
@IntegrationTest
class ActivityPagesIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Fixtures.Team team;
    HttpClient client;
    String csrf;

    @BeforeEach
    void setUp() throws Exception {
        team = fixtures.team(port);
        client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    @Test
    void theQuickAddFormKeepsWhatWasTypedAndLogsTheActivity() throws Exception {
        long deal = Deals.open(team.repA1().api(), "Page deal").id();
        signIn(team.repA1().user().email());
        String section = get("/opportunities/" + deal + "/activity").body();
        assertThat(section).contains("id=\"quick-add\"").contains("Deal opened in Discover");

        String refused = post(
                        "/opportunities/" + deal + "/activities",
                        "type=NOTE&subject=&body=&outcome=Kept+outcome&occurredAt=2026-12-01T08:30")
                .body();
        assertThat(io.closewright.support.Html.invalidFields(refused)).containsExactly("subject");
        assertThat(io.closewright.support.Html.feedback(refused, "subject"))
                .hasValue("Say what happened: a subject or a few words of notes");
        assertThat(refused).contains("value=\"Kept outcome\"");

        HttpResponse<String> logged = post(
                "/opportunities/" + deal + "/activities",
                "type=CALL&subject=Pricing+call&durationMinutes=20&occurredAt=2026-12-01T08:30");
        assertThat(logged.headers().firstValue("HX-Trigger").orElse("")).contains("Call logged");
        assertThat(logged.body()).contains("Pricing call").contains("20 min").contains("id=\"deal-last-activity\"");
        assertThat(get("/opportunities/" + deal + "/timeline?kind=DEAL").body())
                .doesNotContain("Pricing call")
                .contains("Deal opened");
    }

    @Test
    void onlyTheAuthorGetsTheEditFormAndForeignDealsAre404() throws Exception {
        Api rep = team.repA1().api();
        long deal = Deals.open(rep, "Edited deal").id();
        long note = rep.post("/api/opportunities/" + deal + "/activities", Map.of("type", "NOTE", "subject", "Mine"))
                .id();
        long foreign = Deals.open(team.repB1().api(), "Foreign deal").id();
        signIn(team.managerA().user().email());
        assertThat(get("/opportunities/" + deal + "/activity").body())
                .contains("Mine")
                .doesNotContain("bi-trash");
        assertThat(get("/opportunities/" + deal + "/activities/" + note + "/edit")
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/opportunities/" + foreign + "/activity").statusCode()).isEqualTo(404);

        client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(team.repA1().user().email());
        assertThat(get("/opportunities/" + deal + "/activities/" + note + "/edit")
                        .body())
                .contains("value=\"Mine\"");
        HttpResponse<String> saved = post(
                "/opportunities/" + deal + "/activities/" + note,
                "version=0&type=NOTE&subject=Mine%2C+edited&occurredAt=2026-12-01T09:00");
        assertThat(saved.headers().firstValue("HX-Retarget").orElse("")).isEqualTo("#activity-section");
        assertThat(saved.body()).contains("Mine, edited").contains("edited</span>");
    }

    @Test
    void accountAndContactPagesListAndLogActivities() throws Exception {
        Api rep = team.repA1().api();
        long account = Deals.account(rep, "Section Co");
        long contact = rep.post(
                        "/api/accounts/" + account + "/contacts",
                        Map.of("name", "Sam Section", "email", "sam@sectionco.com", "role", "CHAMPION"))
                .id();
        signIn(team.repA1().user().email());
        assertThat(get("/accounts/" + account + "/activities").body()).contains("Nothing logged yet");
        String logged = post(
                        "/contacts/" + contact + "/activities",
                        "type=MEETING&subject=Lunch+with+Sam&durationMinutes=60&occurredAt=2026-11-30T12:00&contactIds="
                                + contact)
                .body();
        assertThat(logged).contains("Lunch with Sam").contains("Sam Section");
        assertThat(get("/accounts/" + account + "/activities").body()).contains("Lunch with Sam");
        assertThat(get("/contacts/" + contact + "/activities").body()).contains("checked");
    }

    @Test
    void theSearchBoxShowsOnlyWhatTheUserMaySee() throws Exception {
        Deals.open(team.repA1().api(), "Heron visible");
        Deals.open(team.repB1().api(), "Heron hidden");
        signIn(team.repA1().user().email());
        String hits = send(HttpRequest.newBuilder(uri("/search?q=heron"))
                        .header("HX-Request", "true")
                        .GET())
                .body();
        assertThat(hits)
                .contains("Heron visible")
                .doesNotContain("Heron hidden")
                .contains("role=\"option\"");
        assertThat(get("/search?q=heron").body()).contains("<h1").contains("Heron visible");
        assertThat(get("/search?q=h").body()).contains("Search by at least 2 letters");
    }

    private void signIn(String email) throws Exception {
        String token = token(get("/login").body());
        post("/login", "username=" + enc(email) + "&password=" + enc(Fixtures.PASSWORD) + "&_csrf=" + enc(token));
        csrf = token(get("/pipeline").body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        String body = csrf == null ? form : form + "&_csrf=" + enc(csrf);
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("HX-Request", "true")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String token(String html) {
        Matcher m = CSRF.matcher(html);
        return m.find() ? m.group(1) : "";
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
