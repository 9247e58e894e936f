package io.closewright.nurture;

import static io.closewright.nurture.NurtureDeals.campaign;
import static io.closewright.nurture.NurtureDeals.dealWithContacts;
import static io.closewright.nurture.NurtureDeals.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Browser;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In real Chromium: a rep parks an unripe deal in nurture from its page (first forgetting the reason) or
 * from the focus list's unripe section (campaign preselected, reason prefilled), it leaves the board, and
 * reviving it with a new date brings it back onto the board with that date.
 */
@IntegrationTest
class NurtureBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void aRepParksAnUnripeDealAndRevivesItWithANewDate() {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        long campaign = campaign(team.managerA().api(), "Browser drip");
        NurtureDeals.Deal deal = dealWithContacts(rep, "Unripe deal", unique("kim"));
        String campaignName =
                rep.get("/api/campaigns/" + campaign).json().get("name").asString();
        try (Browser browser = new Browser(port)) {
            browser.signIn(team.repA1().user().email(), Fixtures.PASSWORD);
            browser.open("/pipeline");
            browser.waitFor(d -> d.getPageSource().contains("Unripe deal"));

            browser.open("/opportunities/" + deal.id());
            new Select(browser.find(By.id("nurture-campaign"))).selectByVisibleText(campaignName + " · 3 emails");
            press(browser, "nurture-submit");
            assertThat(browser.find(By.id("reason-error")).getText()).containsIgnoringCase("say why");
            assertThat(new Select(browser.find(By.id("nurture-campaign")))
                            .getFirstSelectedOption()
                            .getText())
                    .startsWith(campaignName);
            browser.find(By.id("nurture-reason")).sendKeys("Budget frozen until April");
            press(browser, "nurture-submit");
            browser.waitFor(d -> d.getPageSource().contains("until revived"));
            assertThat(browser.find(By.id("nurture-reason-text")).getText()).contains("Budget frozen until April");
            assertThat(browser.find(By.id("nurture-contacts")).getText()).contains("Contact0 Buyer");

            browser.open("/pipeline");
            browser.find(By.cssSelector("main, #main"));
            assertThat(browser.driver().getPageSource()).doesNotContain("Unripe deal");

            browser.open("/opportunities/" + deal.id());
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('revive-close-date').value = arguments[0];", "2027-02-26");
            press(browser, "revive-submit");
            browser.waitFor(
                    d -> d.findElement(By.id("deal-close-date")).getText().contains("26 Feb"));
            browser.find(By.id("nurture-form"));

            browser.open("/pipeline");
            browser.waitFor(d -> d.getPageSource().contains("Unripe deal"));
        }
        assertThat(rep.get("/api/opportunities/" + deal.id())
                        .json()
                        .get("closeDate")
                        .asString())
                .isEqualTo("2027-02-26");
    }

    @Test
    void aRepMovesAnUnripeDealToNurtureFromTheFocusListAndRevivesIt() {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        long campaign = campaign(team.managerA().api(), "Today drip");
        long account = Deals.account(rep, "Far Corp");
        rep.post(
                "/api/accounts/" + account + "/contacts",
                java.util.Map.of("name", "Lee Buyer", "email", unique("lee"), "role", "CHAMPION"));
        long deal = rep.post("/api/opportunities", Deals.deal(account, "Far off deal", "2027-06-30"))
                .id();
        String campaignName =
                rep.get("/api/campaigns/" + campaign).json().get("name").asString();
        try (Browser browser = new Browser(port)) {
            browser.signIn(team.repA1().user().email(), Fixtures.PASSWORD);
            browser.open("/today");
            browser.click(browser.find(By.id("nurture-move-" + deal + "-open")));
            assertThat(new Select(browser.find(By.id("nurture-move-" + deal + "-campaign")))
                            .getFirstSelectedOption()
                            .getText())
                    .startsWith(campaignName);
            assertThat(browser.find(By.id("nurture-move-" + deal + "-reason")).getAttribute("value"))
                    .isEqualTo("Unripe: 20% and closes in 6 months");
            browser.screenshot("today-move-to-nurture");
            browser.click(browser.find(By.id("nurture-move-" + deal + "-submit")));
            browser.waitFor(d -> d.getPageSource().contains("Moved Far off deal to nurture"));
            assertThat(browser.driver().findElements(By.id("nurture-move-" + deal + "-open")))
                    .isEmpty();

            browser.open("/pipeline");
            browser.find(By.cssSelector("main, #main"));
            assertThat(browser.driver().findElements(By.id("card-" + deal))).isEmpty();

            browser.open("/opportunities/" + deal);
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('revive-close-date').value = arguments[0];", "2027-03-31");
            press(browser, "revive-submit");
            browser.waitFor(
                    d -> d.findElement(By.id("deal-close-date")).getText().contains("31 Mar"));

            browser.open("/pipeline");
            browser.waitFor(d -> !d.findElements(By.id("card-" + deal)).isEmpty());
        }
        assertThat(rep.get("/api/opportunities/" + deal).json().get("closeDate").asString())
                .isEqualTo("2027-03-31");
        assertThat(rep.get("/api/opportunities/" + deal + "/nurture")
                        .json()
                        .get("enrolments")
                        .get(0)
                        .get("reason")
                        .asString())
                .isEqualTo("Unripe: 20% and closes in 6 months");
    }

    /** Clicks once the page around the button stopped moving (the deal page's sections load one by one). */
    private static void press(Browser browser, String id) {
        browser.waitFor(d -> {
            try {
                browser.click(browser.find(By.id(id)));
                return true;
            } catch (org.openqa.selenium.ElementClickInterceptedException e) {
                return false;
            }
        });
    }
}
