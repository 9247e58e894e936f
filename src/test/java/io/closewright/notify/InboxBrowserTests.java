package io.closewright.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.shared.NoticeRaised;
import io.closewright.support.Api;
import io.closewright.support.Browser;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The inbox in real Chromium: two slip alerts arrive for a manager (raised as the risk module raises
 * them); the navigation shows 2 unread; the manager opens the inbox and the first alert, lands on the deal,
 * and the count goes down to 1; marking the other read from the list takes the badge away.
 */
@IntegrationTest
class InboxBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Notices notices;

    @Test
    void theUnreadCountGoesDownAsTheManagerOpensAlerts() {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        long deal = Deals.open(rep, "Slipping deal").id();
        long ws = team.workspace().id();
        long manager = team.managerA().id();
        notices.raise(new NoticeRaised(
                ws,
                manager,
                "slip-alert",
                "Slipping deal slipped out of December",
                "Projected close Tue 12 Jan is after the target; critical: Legal review (buyer side)",
                "/opportunities/" + deal,
                deal,
                "slip:" + deal));
        notices.raise(new NoticeRaised(
                ws,
                manager,
                "escalation",
                "rep escalated Slipping deal",
                "Need help with legal",
                "/opportunities/" + deal,
                deal,
                null));
        Notices.waitUntil(
                () -> NotificationApiIntegrationTests.unread(team.managerA().api()) == 2);

        try (Browser browser = new Browser(port)) {
            browser.signIn(team.managerA().user().email(), Fixtures.PASSWORD);
            browser.open("/pipeline");
            assertThat(browser.find(By.id("inbox-badge")).getText()).startsWith("2");
            browser.click(browser.find(By.id("nav-inbox")));
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/inbox"));
            List<WebElement> entries = browser.driver().findElements(By.cssSelector("#inbox-list .list-group-item"));
            assertThat(entries).hasSize(2);
            browser.screenshot("inbox-two-unread");

            browser.click(browser.find(By.linkText("Slipping deal slipped out of December")));
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/opportunities/" + deal));
            browser.waitFor(d -> badge(d).equals("1"));

            browser.open("/inbox");
            WebElement markRead = browser.find(By.cssSelector("#inbox-list button[type=submit]"));
            browser.click(markRead);
            browser.waitFor(d -> d.findElements(By.cssSelector("#inbox-list button[type=submit]"))
                    .isEmpty());
            browser.waitFor(d -> d.findElements(By.id("inbox-badge")).isEmpty());
            browser.screenshot("inbox-all-read");
        }
        assertThat(NotificationApiIntegrationTests.unread(team.managerA().api()))
                .isZero();
    }

    private static String badge(WebDriver driver) {
        List<WebElement> badge = driver.findElements(By.id("inbox-badge"));
        return badge.isEmpty() ? "" : badge.get(0).getText().replaceAll("[^0-9]", "");
    }
}
