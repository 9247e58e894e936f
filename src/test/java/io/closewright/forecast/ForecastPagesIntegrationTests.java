package io.closewright.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.PageSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Forecast, Accuracy and Pipeline health pages over real HTTP: figures, bad input kept with its message, empty states. */
@IntegrationTest
class ForecastPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    PageSession manager(Fixtures.Team team) {
        return PageSession.signIn(port, team.managerA().user().email(), Fixtures.PASSWORD, "/forecast");
    }

    @Test
    void showsTheCategoriesTheBandAndTheRollUp() {
        Fixtures.Team team = fixtures.team(port);
        ForecastApiIntegrationTests.deal(
                team.repA1().api(), "Page commit", 10_000, "negotiate", "2026-12-15", "COMMIT");
        ForecastApiIntegrationTests.deal(
                team.repB1().api(), "Hidden deal", 77_000, "negotiate", "2026-12-15", "COMMIT");
        PageSession.Response page = manager(team).get("/forecast?period=2026-12");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("id=\"forecast-band\"", "data-band-chart", "id=\"forecast-rollup\"", "10,000");
        assertThat(page.text()).doesNotContain("77,000").doesNotContain("Hidden deal");
        assertThat(page.text())
                .contains(team.repA1().user().name(), team.repA2().user().name());
        assertThat(page.text()).doesNotContain(team.repB1().user().name() + "</td>");
    }

    @Test
    void aBadPeriodIsNamedNextToTheFieldAndKept() {
        Fixtures.Team team = fixtures.team(port);
        PageSession.Response page = manager(team).get("/forecast?period=2026-13");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("id=\"period-error\"", "or a quarter like 2026-Q4", "value=\"2026-13\"");
    }

    @Test
    void aBadCallKeepsWhatWasTypedAndAGoodOneIsSaved() {
        Fixtures.Team team = fixtures.team(port);
        PageSession session = manager(team);
        String scope = "team:" + team.managerA().id();
        PageSession.Response bad = session.post(
                "/forecast/call", Map.of("period", "2026-12", "scope", scope, "amount", "-5", "version", ""));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.text()).contains("id=\"amount-error\"", "value=\"-5\"");
        PageSession.Response good = session.post(
                "/forecast/call", Map.of("period", "2026-12", "scope", scope, "amount", "12000", "version", ""));
        assertThat(good.text()).contains("value=\"12000\"").doesNotContain("amount-error");
        PageSession.Response stale = session.post(
                "/forecast/call", Map.of("period", "2026-12", "scope", scope, "amount", "13000", "version", ""));
        assertThat(stale.text()).contains("Someone changed this call meanwhile", "value=\"12000\"");
        assertThat(team.managerA()
                        .api()
                        .get("/api/forecast?period=2026-12")
                        .json()
                        .get("call")
                        .get("amount")
                        .decimalValue())
                .isEqualByComparingTo("12000");
    }

    @Test
    void accuracyAndHealthPagesSayWhatToDoWhenEmpty() {
        Fixtures.Team team = fixtures.team(port);
        PageSession session = manager(team);
        PageSession.Response accuracy = session.get("/forecast/accuracy");
        assertThat(accuracy.status()).isEqualTo(200);
        assertThat(accuracy.text()).contains("No snapshots of closed months yet", "data-accuracy-chart");
        PageSession.Response health = session.get("/forecast/health?period=2026-Q4");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text()).contains("Stage conversion", "Deal ageing", "Sales velocity");
        assertThat(session.get("/forecast/health?period=bad").text()).contains("id=\"period-error\"");
    }
}
