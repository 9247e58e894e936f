package io.closewright.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Browser;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pipeline board in real Chromium: sign in, drag a card to another stage, see it there after a reload. */
@IntegrationTest
class PipelineBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void dragsACardToAnotherStageAndItStaysThereAfterAReload() {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        Api.Response moving = Deals.open(rep, "Drag me");
        Deals.open(rep, "Stay put");
        Api.Response targetNeighbour = rep.post(
                "/api/opportunities",
                withStage(
                        Deals.deal(Deals.account(rep, "Neighbour Co"), "Already proposing", "2027-01-15"), "propose"));
        assertThat(targetNeighbour.status()).isEqualTo(201);

        try (Browser browser = new Browser(port)) {
            browser.signIn(team.repA1().user().email(), Fixtures.PASSWORD);
            browser.open("/pipeline");
            WebElement card = browser.find(By.id("card-" + moving.id()));
            assertThat(card.findElement(By.xpath("ancestor::section")).getAttribute("data-stage"))
                    .isEqualTo("discover");
            WebElement target = browser.find(By.cssSelector("#column-propose .cw-column-body"));

            new Actions(browser.driver())
                    .clickAndHold(card)
                    .pause(200)
                    .moveByOffset(10, 10)
                    .pause(200)
                    .moveToElement(target)
                    .pause(300)
                    .release()
                    .perform();

            String before = moving.json().get("version").asString();
            browser.waitFor(d -> {
                WebElement moved = d.findElement(By.id("card-" + moving.id()));
                return "propose"
                                .equals(moved.findElement(By.xpath("ancestor::section"))
                                        .getAttribute("data-stage"))
                        && !before.equals(moved.getAttribute("data-version"));
            });
            browser.driver().navigate().refresh();
            WebElement after = browser.find(By.id("card-" + moving.id()));
            assertThat(after.findElement(By.xpath("ancestor::section")).getAttribute("data-stage"))
                    .isEqualTo("propose");
            assertThat(browser.find(By.cssSelector("#column-propose [data-count]"))
                            .getText()
                            .strip())
                    .isEqualTo("2");
        }
        Api.Response stored = rep.get("/api/opportunities/" + moving.id());
        assertThat(stored.json().get("stage").asString()).isEqualTo("propose");
        assertThat(rep.get("/api/opportunities/" + moving.id() + "/history")
                        .json()
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("stage");
    }

    @Test
    void aStaleCardIsNotMovedAndTheUserIsTold() {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        Api.Response deal = Deals.open(rep, "Contested");
        try (Browser browser = new Browser(port)) {
            browser.signIn(team.repA1().user().email(), Fixtures.PASSWORD);
            browser.open("/pipeline");
            WebElement card = browser.find(By.id("card-" + deal.id()));
            assertThat(rep.patch("/api/opportunities/" + deal.id(), Map.of("stage", "validate"), deal.etag())
                            .status())
                    .isEqualTo(200);
            WebElement target = browser.find(By.cssSelector("#column-negotiate .cw-column-body"));
            new Actions(browser.driver())
                    .clickAndHold(card)
                    .pause(200)
                    .moveByOffset(10, 10)
                    .pause(200)
                    .moveToElement(target)
                    .pause(300)
                    .release()
                    .perform();
            browser.waitFor(d -> d.findElement(By.id("toasts")).getText().contains("changed by someone else"));
            browser.waitFor(d -> "validate"
                    .equals(d.findElement(By.id("card-" + deal.id()))
                            .findElement(By.xpath("ancestor::section"))
                            .getAttribute("data-stage")));
        }
        assertThat(rep.get("/api/opportunities/" + deal.id())
                        .json()
                        .get("stage")
                        .asString())
                .isEqualTo("validate");
    }

    private static Map<String, Object> withStage(Map<String, Object> body, String stage) {
        body.put("stage", stage);
        return body;
    }
}
