package io.closewright.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.PageSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Quotas set in the Forecast page's roll-up and over the API, on H2 and PostgreSQL: a manager sets the
 * quota of someone below them and the attainment follows; a bad amount, a foreign currency, someone
 * outside the team, a rep, and a stale version change nothing. Today is Tue 1 Dec 2026 (the test clock).
 */
@IntegrationTest
class QuotaEditingIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private Fixtures.Team seeded() {
        Fixtures.Team team = fixtures.team(port);
        long won = ForecastApiIntegrationTests.deal(
                team.repA1().api(), "Quota win", 5_000, "negotiate", "2026-12-15", "COMMIT");
        ForecastApiIntegrationTests.close(team.repA1().api(), won, "WON", "2026-12-01");
        return team;
    }

    private PageSession manager(Fixtures.Team team) {
        return PageSession.signIn(port, team.managerA().user().email(), Fixtures.PASSWORD, "/forecast");
    }

    private static Map<String, String> form(Fixtures.Team team, long userId, String quota, String version) {
        return Map.of(
                "period",
                "2026-12",
                "scope",
                "team:" + team.managerA().id(),
                "userId",
                String.valueOf(userId),
                "quota",
                quota,
                "version",
                version);
    }

    @Test
    void aManagerSetsAQuotaInTheRollUpAndTheAttainmentFollows() {
        Fixtures.Team team = seeded();
        PageSession session = manager(team);
        String page = session.get("/forecast?period=2026-12").text();
        assertThat(page).contains("data-quota-form=\"" + team.repA1().id() + "\"");
        assertThat(page)
                .as("not the manager's own")
                .doesNotContain("data-quota-form=\"" + team.managerA().id() + "\"");

        PageSession.Response saved =
                session.post("/forecast/quota", form(team, team.repA1().id(), "20000", ""));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.text())
                .contains("id=\"quota-" + team.repA1().id() + "\"", "value=\"20000\"")
                .contains("data-attainment=\"" + team.repA1().id() + "\">25%")
                .doesNotContain("quota-error");

        PageSession.Response plain = session.postWithoutHtmx(
                "/forecast/quota", form(team, team.repA1().id(), "10000", "1"));
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.text())
                .as("the whole page")
                .contains(
                        "id=\"forecast-period\"",
                        "data-attainment=\"" + team.repA1().id() + "\">50%");
        JsonNode row = row(
                team.managerA().api().get("/api/forecast?period=2026-12").json(),
                team.repA1().id());
        assertThat(row.get("quota").decimalValue()).isEqualByComparingTo("10000");
        assertThat(row.get("quotaSet").get("version").asLong()).isEqualTo(2);
        assertThat(row.get("attainment").asDouble()).isEqualTo(0.5);
    }

    @Test
    void aBadAmountOrAStaleVersionIsSaidOnTheFormAndChangesNothing() {
        Fixtures.Team team = seeded();
        PageSession session = manager(team);
        long rep = team.repA1().id();
        PageSession.Response negative = session.post("/forecast/quota", form(team, rep, "-5", ""));
        assertThat(negative.status()).isEqualTo(200);
        assertThat(negative.text()).contains("id=\"quota-error\"", "value=\"-5\"", "between 0 and");
        assertThat(session.post("/forecast/quota", form(team, rep, "lots", "")).text())
                .contains("id=\"quota-error\"", "an amount such as", "value=\"lots\"");
        assertThat(session.post("/forecast/quota", form(team, rep, "8000", "")).text())
                .doesNotContain("quota-error");
        PageSession.Response stale = session.post("/forecast/quota", form(team, rep, "9000", ""));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.text()).contains("Someone changed this quota meanwhile", "value=\"8000\"");
        PageSession.Response old = session.post("/forecast/quota", form(team, rep, "9000", "7"));
        assertThat(old.text()).contains("Someone changed this quota meanwhile");
        assertThat(row(team.managerA().api().get("/api/forecast?period=2026-12").json(), rep)
                        .get("quota")
                        .decimalValue())
                .isEqualByComparingTo("8000");
    }

    @Test
    void nobodyOutsideTheTeamNorARepNorTheManagerThemselfGetsAQuotaFromThePage() {
        Fixtures.Team team = seeded();
        PageSession session = manager(team);
        assertThat(session.post("/forecast/quota", form(team, team.repB1().id(), "1", ""))
                        .status())
                .isEqualTo(404);
        assertThat(session.post("/forecast/quota", form(team, team.managerA().id(), "1", ""))
                        .status())
                .isEqualTo(403);
        PageSession rep = PageSession.signIn(port, team.repA1().user().email(), Fixtures.PASSWORD, "/forecast");
        assertThat(rep.get("/forecast?period=2026-12").text()).doesNotContain("data-quota-form");
        assertThat(rep.post("/forecast/quota", form(team, team.repA2().id(), "1", ""))
                        .status())
                .isIn(403, 404);
        JsonNode untouched = row(
                team.managerA().api().get("/api/forecast?period=2026-12").json(),
                team.repA2().id());
        assertThat(untouched.path("quota").isNull() || untouched.path("quota").isMissingNode())
                .isTrue();
    }

    @Test
    void theApiRefusesABadAmountAForeignCurrencyAnOutsiderAndAStaleVersion() {
        Fixtures.Team team = seeded();
        Api manager = team.managerA().api();
        long rep = team.repA1().id();
        Api.Response negative = manager.put("/api/forecast/quotas/2026-12", Map.of("userId", rep, "amount", -1), null);
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.toString()).contains("amount");
        String other = "EUR".equals(team.workspace().currency()) ? "USD" : "EUR";
        Api.Response currency = manager.put(
                "/api/forecast/quotas/2026-12", Map.of("userId", rep, "amount", 100, "currency", other), null);
        assertThat(currency.status()).isEqualTo(400);
        assertThat(currency.toString()).contains("currency");
        assertThat(manager.put(
                                "/api/forecast/quotas/2026-12",
                                Map.of("userId", team.repB1().id(), "amount", 1),
                                null)
                        .status())
                .isEqualTo(404);
        Api.Response first = manager.put(
                "/api/forecast/quotas/2026-12",
                Map.of(
                        "userId",
                        rep,
                        "amount",
                        100,
                        "currency",
                        team.workspace().currency()),
                null);
        assertThat(first.status()).isEqualTo(200);
        assertThat(manager.put("/api/forecast/quotas/2026-12", Map.of("userId", rep, "amount", 200), "\"1\"")
                        .status())
                .isEqualTo(200);
        assertThat(manager.put("/api/forecast/quotas/2026-12", Map.of("userId", rep, "amount", 300), "\"1\"")
                        .status())
                .isEqualTo(412);
        assertThat(row(manager.get("/api/forecast?period=2026-12").json(), rep)
                        .get("quota")
                        .decimalValue())
                .isEqualByComparingTo("200");
    }

    private static JsonNode row(JsonNode forecast, long userId) {
        for (JsonNode r : forecast.get("rollUp")) {
            if (r.get("userId").asLong() == userId) {
                return r;
            }
        }
        throw new AssertionError("no roll-up row for " + userId);
    }
}
