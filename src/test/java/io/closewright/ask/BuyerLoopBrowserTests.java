package io.closewright.ask;

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

/**
 * The whole loop in real Chromium: the rep makes a value-backed ask and shares the plan; the buyer opens
 * the link in a fresh browser with no account, marks their step done and comments; the rep sees the plan move.
 */
@IntegrationTest
class BuyerLoopBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void repAsksAndSharesBuyerCompletesAStepRepSeesThePlanMove() {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        Api.Response deal = Deals.open(rep, "Loop deal");
        long id = deal.id();
        rep.post(
                "/api/accounts/" + deal.json().get("accountId").asLong() + "/contacts",
                Map.of("name", "Pat Buyer", "title", "CISO", "role", "SECURITY"));
        rep.put("/api/opportunities/" + id + "/plan", Map.of("templateId", "standard"), null);
        for (String step : new String[] {"discovery", "success-criteria", "technical-validation"}) {
            rep.post("/api/opportunities/" + id + "/plan/steps/" + step + "/done", Map.of());
        }
        String shareUrl;
        try (Browser browser = new Browser(port)) {
            browser.signIn(team.repA1().user().email(), Fixtures.PASSWORD);
            browser.open("/opportunities/" + id);
            new Select(browser.find(By.id("ask-contact"))).selectByVisibleText("Pat Buyer · CISO");
            new Select(browser.find(By.id("ask-step"))).selectByValue("security-review");
            browser.waitFor(d ->
                    d.findElement(By.id("ask-outcome")).getAttribute("value").startsWith("starting signature by"));
            browser.find(By.id("ask-action")).sendKeys("return the security questionnaire");
            setDate(browser, "ask-due", "2026-12-08");
            click(browser, browser.find(By.id("ask-submit")));
            WebElement ask = browser.find(By.cssSelector("#ask-list li"));
            assertThat(ask.getText())
                    .startsWith("If you return the security questionnaire, it will get us to starting signature by");

            click(browser, browser.find(By.id("share-create")));
            shareUrl = browser.find(By.id("share-url")).getAttribute("value");
            assertThat(shareUrl).startsWith("http://localhost:" + port + "/share/");
        }

        try (Browser buyer = new Browser(port)) {
            buyer.driver().get(shareUrl);
            assertThat(buyer.find(By.tagName("h1")).getText()).isEqualTo("Loop deal");
            assertThat(buyer.find(By.id("asks")).findElement(By.xpath("..")).getText())
                    .contains("If you return the security questionnaire, it will get us to starting signature by");
            assertThat(buyer.driver().findElements(By.id("done-discovery"))).isEmpty();
            click(buyer, buyer.find(By.id("done-security-review")));
            buyer.waitFor(d -> d.getPageSource().contains("Thank you, that is marked done."));
            assertThat(buyer.driver().findElements(By.id("buyer-step-security-review")))
                    .isEmpty();
            buyer.find(By.id("body")).sendKeys("Can legal start before procurement?");
            click(buyer, buyer.find(By.id("send-comment")));
            buyer.waitFor(d -> d.getCurrentUrl().contains("done=comment"));
        }

        try (Browser browser = new Browser(port)) {
            browser.signIn(team.repA1().user().email(), Fixtures.PASSWORD);
            browser.open("/opportunities/" + id);
            browser.waitFor(d -> "done"
                    .equals(d.findElement(By.cssSelector("tr[data-key=security-review]"))
                            .getAttribute("data-status")));
            assertThat(browser.find(By.id("buyer-activity")).getText()).contains("Can legal start before procurement?");
        }
        assertThat(rep.get("/api/opportunities/" + id + "/share-links")
                        .json()
                        .get(0)
                        .get("visits")
                        .asLong())
                .as("the first view and the page after each of the buyer's two actions")
                .isEqualTo(3);
    }

    private static void setDate(Browser browser, String id, String isoDate) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
    }

    private static void click(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }
}
