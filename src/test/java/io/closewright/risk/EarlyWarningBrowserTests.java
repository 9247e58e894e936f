package io.closewright.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.closewright.support.Api;
import io.closewright.support.Browser;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.RecordedNotices;
import io.closewright.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11's early warning as one flow in real Chromium. A commit deal slips because time passes: on Mon
 * 28 Dec 2026 its six working days of work project Mon 4 Jan 2027, after the 31 Dec target and out of the
 * quarter, and the recompute job tells the manager once. The rep sees the red badge on the board, re-dates
 * the deal from the recommendation on its page (the suggested date prefilled, a reason required); the
 * manager finds it on Team risks, sees the slip alert in the inbox with the unread count, opens it, and the
 * count goes down.
 */
@IntegrationTest
class EarlyWarningBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RiskJobs jobs;

    @Autowired
    RecordedNotices notices;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSlipIsReDatedByTheRepAndTheManagerReadsTheAlertFromTheInbox() {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        long deal = RiskTesting.dealWithPlan(rep, "Early warning", "2026-12-31", "COMMIT");
        clock.set(Instant.parse("2026-12-28T09:00:00Z"));
        jobs.recomputeAll();
        assertThat(notices.about(deal, SlipAlerts.KIND)).hasSize(1);
        Api manager = team.managerA().api();
        await().atMost(Duration.ofSeconds(30)).until(() -> unread(manager) == 1);

        try (Browser browser = new Browser(port)) {
            browser.signIn(team.repA1().user().email(), Fixtures.PASSWORD);
            browser.open("/pipeline");
            WebElement badge = browser.find(By.cssSelector("#card-" + deal + " .cw-risk-badge"));
            assertThat(badge.getAttribute("data-risk")).isEqualTo("HIGH");
            assertThat(badge.getAttribute("title")).contains("Plan off track");

            browser.click(browser.find(By.cssSelector("#card-" + deal + " .cw-card-name")));
            WebElement header = browser.find(By.cssSelector("#risk-badge-" + deal + ".cw-risk-badge"));
            assertThat(header.getAttribute("data-risk")).isEqualTo("HIGH");
            assertThat(browser.find(By.id("risk-slip")).getText())
                    .contains("outside 2026-Q4")
                    .contains("Security review")
                    .contains("manager told");
            assertThat(browser.find(By.id("risk-close-date")).getAttribute("value"))
                    .isEqualTo("2027-01-04");

            browser.click(browser.find(By.id("risk-redate-submit")));
            assertThat(browser.find(By.cssSelector("#risk-redate .invalid-feedback"))
                            .getText())
                    .contains("Say why the date moves");
            browser.find(By.id("risk-reason")).sendKeys("Their security review needs the whole week");
            browser.click(browser.find(By.id("risk-redate-submit")));
            browser.waitFor(
                    d -> d.findElement(By.id("deal-close-date")).getText().contains("Mon 4 Jan 2027"));
            assertThat(browser.find(By.cssSelector(".cw-flash")).getText())
                    .contains("Close date moved to Mon 4 Jan 2027");
            browser.waitFor(d -> d.findElements(By.id("risk-slip")).isEmpty()
                    && !d.findElements(By.id("risk-level")).isEmpty());
            assertThat(browser.find(By.id("risk-level")).getAttribute("data-risk"))
                    .isNotEqualTo("HIGH");
            browser.screenshot("risk-after-redate");
        }
        assertThat(rep.get("/api/opportunities/" + deal + "/history")
                        .json()
                        .get(0)
                        .get("reason")
                        .asString())
                .isEqualTo("Their security review needs the whole week");

        try (Browser browser = new Browser(port)) {
            browser.signIn(team.managerA().user().email(), Fixtures.PASSWORD);
            browser.open("/team/risks");
            assertThat(browser.find(By.cssSelector("#risk-table tr[data-deal='" + deal + "']"))
                            .getText())
                    .contains("Early warning");
            browser.find(By.cssSelector("[data-risk-chart] canvas"));
            browser.screenshot("team-risks");

            browser.open("/pipeline");
            assertThat(badge(browser.driver())).isEqualTo("1");
            browser.click(browser.find(By.id("nav-inbox")));
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/inbox"));
            WebElement alert = browser.find(By.linkText("Slipping out of 2026-Q4: Early warning"));
            browser.screenshot("early-warning-inbox");
            browser.click(alert);
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/opportunities/" + deal));
            browser.waitFor(d -> badge(d).isEmpty());
        }
        assertThat(unread(manager)).isZero();
    }

    private static int unread(Api api) {
        return (int)
                api.get("/api/notifications/unread-count").json().get("unread").asLong();
    }

    private static String badge(WebDriver driver) {
        List<WebElement> badge = driver.findElements(By.id("inbox-badge"));
        return badge.isEmpty() ? "" : badge.get(0).getText().replaceAll("[^0-9]", "");
    }
}
