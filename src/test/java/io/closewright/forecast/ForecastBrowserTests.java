package io.closewright.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Browser;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Forecast page in real Chromium: a manager changes the period and the scope, edits their call in
 * the roll-up, and sees the band and the roll-up change; a manager sets a rep's quota in the roll-up and
 * sees the attainment change.
 */
@IntegrationTest
class ForecastBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void aManagerChangesPeriodAndScopeEditsTheCallAndSeesBandAndRollUpChange() {
        Fixtures.Team team = fixtures.team(port);
        ForecastApiIntegrationTests.deal(
                team.repA1().api(), "December commit", 10_000, "negotiate", "2026-12-15", "COMMIT");
        ForecastApiIntegrationTests.deal(
                team.repA2().api(), "December pipeline", 5_000, "discover", "2026-12-22", "PIPELINE");
        ForecastApiIntegrationTests.deal(
                team.repA1().api(), "January deal", 40_000, "propose", "2027-01-15", "BEST_CASE");

        try (Browser browser = new Browser(port)) {
            browser.signIn(team.managerA().user().email(), Fixtures.PASSWORD);
            browser.open("/forecast");
            ready(browser);
            assertThat(browser.find(By.cssSelector("#forecast-body")).getAttribute("data-period"))
                    .isEqualTo("2026-12");
            assertThat(rows(browser)).isEqualTo(3);
            String december = browser.find(By.cssSelector("[data-band=p90]")).getText();

            WebElement period = browser.find(By.id("forecast-period"));
            period.clear();
            period.sendKeys("2027-01", Keys.ENTER);
            browser.waitFor(
                    d -> "2027-01".equals(d.findElement(By.id("forecast-body")).getAttribute("data-period")));
            ready(browser);
            String january = browser.find(By.cssSelector("[data-band=p90]")).getText();
            assertThat(january).isNotEqualTo(december);
            assertThat(browser.find(By.cssSelector("[data-figure='Best case']")).getText())
                    .contains("40,000");

            new Select(browser.find(By.id("forecast-scope")))
                    .selectByValue("owner:" + team.repA2().id());
            browser.waitFor(d -> d.getCurrentUrl().contains("scope=owner"));
            ready(browser);
            assertThat(rows(browser)).isEqualTo(1);
            assertThat(browser.find(By.cssSelector("[data-figure='Best case']")).getText())
                    .doesNotContain("40,000");

            new Select(browser.find(By.id("forecast-scope")))
                    .selectByValue("team:" + team.managerA().id());
            browser.waitFor(d -> d.getCurrentUrl().contains("scope=team"));
            assertThat(rows(browser)).isEqualTo(3);
            WebElement amount = browser.find(By.id("call-amount"));
            amount.sendKeys("lots");
            browser.click(browser.find(By.cssSelector("#call-form button[type=submit]")));
            browser.waitFor(
                    d -> d.findElement(By.id("forecast-rollup")).getText().contains("amount")
                            || d.findElements(By.id("amount-error")).size() > 0);
            assertThat(browser.find(By.id("call-amount")).getAttribute("value")).isEqualTo("lots");

            amount = browser.find(By.id("call-amount"));
            amount.clear();
            amount.sendKeys("32000");
            browser.click(browser.find(By.cssSelector("#call-form button[type=submit]")));
            browser.waitFor(d -> d.findElement(By.cssSelector("[data-band-chart]"))
                    .getAttribute("data-band-chart")
                    .contains("\"call\":32000"));
            assertThat(browser.find(By.id("call-amount")).getAttribute("value")).isEqualTo("32000");
            assertThat(browser.driver().findElements(By.id("amount-error"))).isEmpty();
            browser.screenshot("forecast-call-saved");
        }
    }

    @Test
    void aManagerSetsARepsQuotaInTheRollUpAndSeesTheAttainmentChange() {
        Fixtures.Team team = fixtures.team(port);
        long won = ForecastApiIntegrationTests.deal(
                team.repA1().api(), "December win", 6_000, "negotiate", "2026-12-15", "COMMIT");
        ForecastApiIntegrationTests.close(team.repA1().api(), won, "WON", "2026-12-01");
        String rep = String.valueOf(team.repA1().id());

        try (Browser browser = new Browser(port)) {
            browser.signIn(team.managerA().user().email(), Fixtures.PASSWORD);
            browser.open("/forecast?period=2026-12");
            ready(browser);
            assertThat(attainment(browser, rep)).isEqualTo("—");
            WebElement quota = browser.find(By.id("quota-" + rep));
            quota.sendKeys("-100");
            browser.click(browser.find(By.cssSelector("[data-quota-form='" + rep + "'] button[type=submit]")));
            browser.waitFor(d -> !d.findElements(By.id("quota-error")).isEmpty());
            assertThat(browser.find(By.id("quota-" + rep)).getAttribute("value"))
                    .isEqualTo("-100");
            assertThat(attainment(browser, rep)).isEqualTo("—");

            quota = browser.find(By.id("quota-" + rep));
            quota.clear();
            quota.sendKeys("24000");
            browser.click(browser.find(By.cssSelector("[data-quota-form='" + rep + "'] button[type=submit]")));
            browser.waitFor(d -> "25%".equals(attainment(browser, rep)));
            assertThat(browser.driver().findElements(By.id("quota-error"))).isEmpty();
            assertThat(browser.find(By.cssSelector("#forecast-categories")).getText())
                    .contains("24,000");

            quota = browser.find(By.id("quota-" + rep));
            quota.clear();
            quota.sendKeys("12000");
            browser.click(browser.find(By.cssSelector("[data-quota-form='" + rep + "'] button[type=submit]")));
            browser.waitFor(d -> "50%".equals(attainment(browser, rep)));
            browser.screenshot("forecast-quota-saved");
        }
    }

    private static String attainment(Browser browser, String userId) {
        return browser.driver()
                .findElement(By.cssSelector("[data-attainment='" + userId + "']"))
                .getText()
                .trim();
    }

    /** Waits until forecast.js has wired the page (the filters submit on change, the charts are drawn). */
    private static void ready(Browser browser) {
        browser.waitFor(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-forecast-ready")));
    }

    private static int rows(Browser browser) {
        return browser.driver()
                .findElements(By.cssSelector("#forecast-rollup tbody tr"))
                .size();
    }
}
