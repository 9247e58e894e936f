package io.closewright.focus;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Browser;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Today and the deal page in real Chromium, on Tue 1 Dec 2026: a rep signs in, lands on Today, completes
 * the top item and sees it leave; the deal page's section links work by keyboard; both pages fit a 390 px
 * phone without sideways scrolling.
 */
@IntegrationTest
class TodayBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void aRepLandsOnTodayCompletesTheTopItemAndItLeaves() {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        long deal = plannedDeal(rep);
        rep.post("/api/tasks", Map.of("title", "Send the order form", "dueDate", "2026-12-01", "opportunityId", deal));

        try (Browser browser = new Browser(port)) {
            browser.signIn(team.repA1().user().email(), Fixtures.PASSWORD);
            assertThat(browser.driver().getCurrentUrl()).endsWith("/today");
            WebElement top = browser.find(By.id("focus-1"));
            String title = top.findElement(By.cssSelector(".cw-focus-title")).getText();
            assertThat(title).isEqualTo("Send the order form");
            assertThat(top.findElement(By.cssSelector(".cw-why")).getText()).startsWith("Due today, your task");
            browser.click(top.findElement(By.cssSelector(".cw-focus-action")));
            browser.waitFor(
                    d -> d.findElement(By.cssSelector(".cw-flash")).getText().contains("Done: Send the order form"));
            List<String> titles = browser.driver().findElements(By.cssSelector(".cw-focus-title")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(titles).doesNotContain(title).contains("Finish 'Qualify the use case'");
            browser.screenshot("today-after-done");
        }
    }

    @Test
    void theDealPagesSectionLinksWorkByKeyboard() {
        Fixtures.Team team = fixtures.team(port);
        long deal = plannedDeal(team.repA1().api());
        try (Browser browser = new Browser(port)) {
            browser.signIn(team.repA1().user().email(), Fixtures.PASSWORD);
            browser.open("/opportunities/" + deal);
            browser.find(By.id("deal-next-action"));
            browser.find(By.id("asks-title"));
            WebElement plan = browser.find(By.cssSelector("#deal-sections a[href='#plan']"));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus();", plan);
            plan.sendKeys(Keys.TAB);
            WebElement focused = browser.driver().switchTo().activeElement();
            assertThat(focused.getAttribute("href")).endsWith("#checkups");
            focused.sendKeys(Keys.TAB);
            focused = browser.driver().switchTo().activeElement();
            focused.sendKeys(Keys.TAB);
            focused = browser.driver().switchTo().activeElement();
            assertThat(focused.getAttribute("href")).endsWith("#asks");
            focused.sendKeys(Keys.ENTER);
            browser.waitFor(d -> d.getCurrentUrl().endsWith("#asks"));
            browser.waitFor(d -> "asks".equals(d.switchTo().activeElement().getAttribute("id")));
            Number top = (Number) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.getElementById('asks').getBoundingClientRect().top;");
            Number header = (Number) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.getElementById('deal-sticky').getBoundingClientRect().bottom;");
            assertThat(top.doubleValue()).isGreaterThanOrEqualTo(header.doubleValue() - 1);
            browser.waitFor(d -> "location"
                    .equals(d.findElement(By.cssSelector("#deal-sections a[href='#asks']"))
                            .getAttribute("aria-current")));
            browser.screenshot("deal-sections");
        }
    }

    @Test
    void todayAndTheDealPageFitAPhone() {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        long deal = plannedDeal(rep);
        rep.post(
                "/api/tasks",
                Map.of(
                        "title",
                        "A rather long task title that has to wrap on a narrow phone screen",
                        "dueDate",
                        "2026-12-01",
                        "opportunityId",
                        deal));
        try (Browser browser = new Browser(port)) {
            browser.signIn(team.repA1().user().email(), Fixtures.PASSWORD);
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.open("/today");
            browser.find(By.id("focus-1"));
            assertNoSidewaysScrolling(browser);
            browser.screenshot("today-phone");
            browser.open("/opportunities/" + deal);
            browser.find(By.id("deal-next-action"));
            browser.find(By.id("asks-title"));
            assertNoSidewaysScrolling(browser);
            browser.screenshot("deal-phone");
        }
    }

    static void assertNoSidewaysScrolling(Browser browser) {
        Number overflow = (Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Object wide = ((JavascriptExecutor) browser.driver())
                .executeScript("return Array.from(document.querySelectorAll('body, body *'))"
                        + ".filter(e => getComputedStyle(e).overflowX === 'visible' && e.scrollWidth > e.clientWidth + 1"
                        + " && e.clientWidth > 0).slice(-6)"
                        + ".map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + e.scrollWidth + '/' + e.clientWidth)"
                        + ".join(' | ');");
        assertThat(overflow.intValue())
                .as("pixels of sideways scrolling, wide: " + wide)
                .isLessThanOrEqualTo(0);
    }

    /** A deal closing Mon 7 Dec with qualify (2 days, seller) then sign (1 day, buyer): qualify is due Fri 4 Dec. */
    static long plannedDeal(Api rep) {
        long account = Deals.account(rep, "Browser Focus Co");
        long deal = rep.post("/api/opportunities", Deals.deal(account, "Focus in a browser", "2026-12-07"))
                .id();
        Api.Response plan = rep.put(
                "/api/opportunities/" + deal + "/plan",
                Map.of(
                        "steps",
                        List.of(
                                Map.of(
                                        "key",
                                        "qualify",
                                        "title",
                                        "Qualify the use case",
                                        "owner",
                                        "SELLER",
                                        "durationDays",
                                        2,
                                        "dependsOn",
                                        List.of()),
                                Map.of(
                                        "key",
                                        "sign",
                                        "title",
                                        "Sign the order form",
                                        "owner",
                                        "BUYER",
                                        "durationDays",
                                        1,
                                        "dependsOn",
                                        List.of("qualify")))),
                null);
        assertThat(plan.status()).as(plan.text()).isEqualTo(200);
        return deal;
    }
}
