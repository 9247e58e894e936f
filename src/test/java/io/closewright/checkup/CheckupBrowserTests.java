package io.closewright.checkup;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Browser;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The checkups section of a deal page in real Chromium: prepare a step's checkup, record it with the
 * prepared problem and solution and see its score, see a bad date refused with the typed text kept, then
 * raise a blocker on a step and resolve it.
 */
@IntegrationTest
class CheckupBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void preparesAndRecordsACheckupThenRaisesAndResolvesABlocker() {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        long account = Deals.account(rep, "Browser Checkup Co");
        long deal = rep.post("/api/opportunities", Deals.deal(account, "Checkup in a browser", "2026-12-18"))
                .id();
        rep.put("/api/opportunities/" + deal + "/plan", Map.of("steps", CheckupApiIntegrationTests.chain()), null);

        try (Browser browser = new Browser(port)) {
            browser.signIn(team.repA1().user().email(), Fixtures.PASSWORD);
            browser.open("/opportunities/" + deal);
            click(browser, By.cssSelector("#scheduled-b button[hx-get*='prepare=b']"));
            browser.waitFor(d -> new Select(d.findElement(By.id("prepare-step")))
                    .getFirstSelectedOption()
                    .getAttribute("value")
                    .equals("b"));
            browser.find(By.id("prepare-problem")).sendKeys("Procurement wants three quotes");
            browser.find(By.id("prepare-solution")).sendKeys("Bring two reference customers");
            click(browser, By.cssSelector("#prepare-form button[type=submit]"));
            browser.waitFor(
                    d -> d.findElement(By.id("scheduled-b")).getText().contains("Procurement wants three quotes"));

            click(browser, By.cssSelector("#scheduled-b button[hx-get*='record=b']"));
            browser.waitFor(d -> d.findElement(By.id("record-problem"))
                    .getAttribute("value")
                    .equals("Procurement wants three quotes"));
            setDate(browser, "record-held-on", "2026-12-05");
            browser.find(By.id("record-notes")).sendKeys("Called their buyer");
            click(browser, By.cssSelector("#record-form button[type=submit]"));
            browser.waitFor(d -> d.findElement(By.id("record-form")).getText().contains("today or earlier"));
            assertThat(browser.find(By.id("record-notes")).getAttribute("value"))
                    .isEqualTo("Called their buyer");
            assertThat(browser.find(By.id("record-problem")).getAttribute("value"))
                    .isEqualTo("Procurement wants three quotes");

            setDate(browser, "record-held-on", "2026-12-01");
            click(browser, By.cssSelector("#record-form button[type=submit]"));
            WebElement recorded = browser.find(By.id("just-recorded"));
            assertThat(recorded.findElement(By.cssSelector("[data-score]")).getText())
                    .isEqualTo("Score 3/3");
            assertThat(recorded.getText()).contains("Before the deadline", "Problem named", "Solution brought");
            browser.screenshot("checkup-recorded");

            click(browser, By.cssSelector("#raise-blocker button[type=submit]"));
            browser.waitFor(d -> d.findElement(By.id("raise-blocker")).getText().contains("Say what is blocking"));
            browser.find(By.id("blocker-description")).sendKeys("Legal has not seen the MSA");
            new Select(browser.find(By.id("blocker-step"))).selectByValue("c");
            new Select(browser.find(By.id("blocker-side"))).selectByValue("BUYER");
            click(browser, By.cssSelector("#raise-blocker button[type=submit]"));
            browser.waitFor(d -> d.findElement(By.id("blockers")).getText().contains("Legal has not seen the MSA"));
            long blocker = blockerId(rep, deal);
            assertThat(browser.find(By.id("blocker-" + blocker)).getText()).contains("0 working days", "Step c");

            browser.find(By.id("resolution-" + blocker)).sendKeys("Sent the redlines; counsel agreed");
            click(browser, By.cssSelector("#blocker-" + blocker + " button[type=submit]"));
            browser.waitFor(d ->
                    d.findElement(By.id("blocker-" + blocker)).getText().contains("Sent the redlines; counsel agreed"));
            browser.screenshot("checkup-blocker-resolved");
        }
        JsonNode held = rep.get("/api/opportunities/" + deal + "/checkups").json();
        assertThat(held.get("total").asInt()).isEqualTo(1);
        assertThat(held.get("items").get(0).get("quality").get("score").asInt()).isEqualTo(3);
        assertThat(rep.get("/api/opportunities/" + deal + "/blockers")
                        .json()
                        .get("items")
                        .get(0)
                        .get("resolvedOn")
                        .asString())
                .isEqualTo("2026-12-01");
    }

    /** Clicks an element scrolled to the middle of the window (at once: the page scrolls smoothly otherwise). */
    private static void click(Browser browser, By by) {
        browser.waitFor(d -> {
            WebElement element = d.findElement(by);
            ((JavascriptExecutor) d)
                    .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
            try {
                element.click();
                return true;
            } catch (org.openqa.selenium.ElementClickInterceptedException e) {
                return false;
            }
        });
    }

    private static void setDate(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }

    private static long blockerId(Api rep, long deal) {
        return rep.get("/api/opportunities/" + deal + "/blockers")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
    }
}
