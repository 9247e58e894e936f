package io.closewright.closeplan;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A rep works a deal's close plan in a real browser; today is Tue 1 Dec 2026. The standard template
 * started today finishes Thu 7 Jan 2027, so the deal's close date Fri 11 Dec is not realistic; once
 * discovery (3 days) is done today, the work after it starts two days sooner and the plan finishes
 * Tue 5 Jan 2027.
 */
@IntegrationTest
class ClosePlanBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void aRepAcceptsTheEarliestRealisticDateAndCompletesAStep() {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        long account = Deals.account(rep, "Browser Co");
        long deal = rep.post("/api/opportunities", Deals.deal(account, "Browser deal", "2026-12-11"))
                .id();
        rep.put("/api/opportunities/" + deal + "/plan", Map.of("templateId", "standard"), null);

        try (Browser browser = new Browser(port)) {
            browser.signIn(team.repA1().user().email(), Fixtures.PASSWORD);
            browser.open("/opportunities/" + deal);
            WebElement alert = browser.find(By.id("plan-unrealistic"));
            assertThat(alert.getText())
                    .contains("This plan cannot close by Fri 11 Dec.")
                    .contains("The earliest realistic date is Thu 7 Jan 2027.")
                    .contains("Waiting on:");
            assertThat(browser.find(By.id("plan-status")).getAttribute("data-status"))
                    .isEqualTo("OFF_TRACK");
            assertThat(browser.find(By.cssSelector("#plan-timeline svg[role=img]"))
                            .getAttribute("aria-label"))
                    .contains("projected close Thu 7 Jan 2027, after the target");

            checksACloseDateLive(browser);

            click(browser, browser.find(By.id("plan-redate")));
            browser.waitFor(
                    d -> d.findElement(By.id("deal-close-date")).getText().contains("Thu 7 Jan 2027"));
            browser.waitFor(d -> !d.findElements(By.id("plan-status")).isEmpty());
            assertThat(browser.find(By.id("plan-status")).getAttribute("data-status"))
                    .isNotEqualTo("OFF_TRACK");
            assertThat(browser.driver().findElements(By.id("plan-unrealistic"))).isEmpty();
            assertThat(browser.find(By.id("plan-projected")).getText()).isEqualTo("Thu 7 Jan 2027");
            assertThat(browser.find(By.cssSelector(".cw-flash")).getText())
                    .contains("Close date moved to Thu 7 Jan 2027");

            click(browser, browser.find(By.cssSelector("tr[data-key=discovery] .cw-mark-done")));
            browser.waitFor(d -> "done"
                    .equals(d.findElement(By.cssSelector("tr[data-key=discovery]"))
                            .getAttribute("data-status")));
            assertThat(browser.find(By.id("plan-notice")).getText()).contains("is done.");
            assertThat(browser.find(By.id("plan-projected")).getText()).isEqualTo("Tue 5 Jan 2027");
            assertThat(browser.find(By.cssSelector("#plan-timeline g[data-key=discovery]"))
                            .getAttribute("class"))
                    .contains("cw-tl-is-done");
            browser.screenshot("close-plan-after-step-done");
        }
        assertThat(rep.get("/api/opportunities/" + deal).json().get("closeDate").asString())
                .isEqualTo("2027-01-07");
    }

    private static void checksACloseDateLive(Browser browser) {
        WebElement input = browser.find(By.id("new-close-date"));
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = '2026-12-18'; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        input);
        WebElement note = browser.find(By.cssSelector("#close-date-check .cw-plan-check[data-feasible=false]"));
        assertThat(note.getText()).contains("Not realistic: the plan needs until Thu 7 Jan 2027");
        click(browser, note.findElement(By.cssSelector("[data-fill-date]")));
        browser.find(By.cssSelector("#close-date-check .cw-plan-check[data-feasible=true]"));
        assertThat(input.getAttribute("value")).isEqualTo("2027-01-07");
        assertThat(browser.find(By.id("close-date-reason")).getAttribute("value"))
                .isEqualTo("Re-dated to the plan's earliest realistic date");
    }

    private static void click(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }
}
