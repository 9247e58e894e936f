package io.closewright.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Browser;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In real Chromium: log a call from the deal page and see it on top of the timeline and on the board
 * card's last activity; then find the deal from the search box with the keyboard alone.
 */
@IntegrationTest
class ActivityBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void logsACallFromTheDealPageAndTheTimelineAndBoardShowIt() {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        long deal = Deals.open(rep, "Kestrel rollout").id();
        try (Browser browser = new Browser(port)) {
            browser.signIn(team.repA1().user().email(), Fixtures.PASSWORD);
            browser.open("/pipeline");
            assertThat(lastActivityOnCard(browser, deal)).contains("never");

            browser.open("/opportunities/" + deal);
            browser.click(browser.find(By.cssSelector("label[for=qa-type-CALL]")));
            browser.find(By.id("qa-subject")).sendKeys("Call with the CFO");
            browser.find(By.id("qa-minutes")).sendKeys("25");
            browser.find(By.id("qa-outcome")).sendKeys("Budget confirmed");
            WebElement log = browser.find(By.id("log-activity"));
            new Actions(browser.driver()).scrollToElement(log).perform();
            browser.click(log);
            browser.waitFor(d -> d.findElement(By.cssSelector("#timeline-items > li:first-child"))
                    .getText()
                    .contains("Call with the CFO"));
            WebElement top = browser.find(By.cssSelector("#timeline-items > li:first-child"));
            assertThat(top.getAttribute("data-kind")).isEqualTo("CALL");
            assertThat(top.getText()).contains("25 min").contains("Budget confirmed");
            assertThat(browser.find(By.id("qa-subject")).getAttribute("value")).isEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("#timeline-items > li[data-kind=CALL]")))
                    .hasSize(1);
            browser.screenshot("activity-logged");

            browser.open("/pipeline");
            assertThat(lastActivityOnCard(browser, deal)).contains("today");
        }
    }

    @Test
    void findsTheDealFromTheSearchBoxWithTheKeyboard() {
        Fixtures.Team team = fixtures.team(port);
        long deal = Deals.open(team.repA1().api(), "Osprey expansion").id();
        try (Browser browser = new Browser(port)) {
            browser.signIn(team.repA1().user().email(), Fixtures.PASSWORD);
            browser.open("/opportunities");
            browser.find(By.id("opportunities"));
            new Actions(browser.driver()).sendKeys("/").perform();
            browser.waitFor(
                    d -> "search-box".equals(d.switchTo().activeElement().getAttribute("id")));
            WebElement box = browser.driver().switchTo().activeElement();
            box.sendKeys("sprey");
            browser.waitFor(
                    d -> !d.findElements(By.id("search-hit-deal-" + deal)).isEmpty()
                            && "true".equals(box.getAttribute("aria-expanded")));
            box.sendKeys(Keys.ARROW_DOWN);
            assertThat(box.getAttribute("aria-activedescendant")).isEqualTo("search-hit-deal-" + deal);
            browser.screenshot("search-keyboard");
            box.sendKeys(Keys.ENTER);
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/opportunities/" + deal));
            assertThat(browser.find(By.cssSelector("h1.page-title")).getText()).contains("Osprey expansion");
            WebElement again = browser.find(By.id("search-box"));
            again.sendKeys("osprey");
            browser.waitFor(d -> "true".equals(again.getAttribute("aria-expanded")));
            again.sendKeys(Keys.ESCAPE);
            browser.waitFor(d -> "false".equals(again.getAttribute("aria-expanded")));
        }
    }

    private static String lastActivityOnCard(Browser browser, long deal) {
        return browser.find(By.cssSelector("#card-" + deal + " [data-last-activity]"))
                .getText();
    }
}
