package io.closewright.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Browser;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page a user meets, filled with a deal that has a plan, a checkup, a blocker, an ask, an
 * activity and a share link, passes axe-core's WCAG 2.1 AA rules ({@link Browser#open} checks each one);
 * keyboard users see where the focus is.
 */
@IntegrationTest
class AccessiblePagesBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void everyPagePassesAxe() {
        Fixtures.Team team = fixtures.team(port);
        Api admin = team.admin().api();
        Api.Response deal = Deals.open(admin, "Axe deal");
        long id = deal.id();
        long accountId = deal.json().get("accountId").asLong();
        long contactId = admin.post(
                        "/api/accounts/" + accountId + "/contacts",
                        Map.of("name", "Pat Buyer", "email", "pat@axe.example", "title", "CISO", "role", "SECURITY"))
                .id();
        admin.put("/api/opportunities/" + id + "/plan", Map.of("templateId", "standard"), null);
        admin.post("/api/opportunities/" + id + "/plan/steps/discovery/done", Map.of());
        admin.post(
                "/api/opportunities/" + id + "/checkups",
                Map.of("stepKey", "success-criteria", "problem", "No success criteria", "solution", "Draft them"));
        admin.post(
                "/api/opportunities/" + id + "/blockers",
                Map.of("description", "Legal is on holiday", "ownerSide", "BUYER"));
        admin.post(
                "/api/opportunities/" + id + "/asks",
                Map.of(
                        "contactId", contactId,
                        "action", "send the questionnaire",
                        "outcome", "a security sign-off",
                        "dueDate", "2026-12-20"));
        admin.post(
                "/api/opportunities/" + id + "/activities",
                Map.of("type", "CALL", "subject", "Pricing call", "body", "Went well"));
        String share = URI.create(
                        admin.post("/api/opportunities/" + id + "/share-links", Map.of("contactId", contactId))
                                .json()
                                .get("url")
                                .asString())
                .getPath();
        String template =
                admin.get("/api/plan-templates").json().get(0).get("id").asString();

        try (Browser browser = new Browser(port)) {
            browser.signIn(team.admin().user().email(), Fixtures.PASSWORD);
            for (String page : List.of(
                    "/",
                    "/pipeline",
                    "/opportunities",
                    "/opportunities/new",
                    "/opportunities/" + id,
                    "/accounts",
                    "/accounts/new",
                    "/accounts/" + accountId,
                    "/contacts/" + contactId,
                    "/checkups",
                    "/asks",
                    "/team/coaching",
                    "/search?q=Axe",
                    "/admin/users",
                    "/admin/stages",
                    "/admin/templates",
                    "/admin/templates/new",
                    "/admin/templates/" + template,
                    "/admin/calendar",
                    "/admin/checkups",
                    "/today",
                    "/inbox",
                    "/forecast",
                    "/forecast/accuracy",
                    "/forecast/health",
                    "/team/risks",
                    "/team/campaigns",
                    "/team/campaigns/new",
                    "/profile/calendar",
                    "/admin/rules",
                    "/admin/imports",
                    "/settings/notifications",
                    "/admin/webhook")) {
                browser.open(page);
            }
            browser.open("/opportunities/" + id);
            browser.waitFor(d -> !d.findElements(By.id("plan-title")).isEmpty()
                    && !d.findElements(By.id("asks-title")).isEmpty());
            assertThat(browser.driver().findElement(By.id("plan-title")).getText())
                    .as("the deal page's sections were loaded when axe checked it")
                    .contains("Close plan");
        }
        try (Browser buyer = new Browser(port)) {
            buyer.open(share);
            assertThat(buyer.find(By.tagName("h1")).getText()).isEqualTo("Axe deal");
        }
    }

    @Test
    void keyboardFocusIsVisibleOnEveryControlOfTheLoginPage() {
        try (Browser browser = new Browser(port)) {
            browser.open("/login");
            browser.driver().findElement(By.name("username")).sendKeys("");
            for (int i = 0; i < 3; i++) {
                WebElement focused = browser.driver().switchTo().activeElement();
                String outline = (String) ((JavascriptExecutor) browser.driver())
                        .executeScript(
                                "var s = getComputedStyle(arguments[0]);"
                                        + " return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.boxShadow;",
                                focused);
                assertThat(focused.getTagName())
                        .as("Tab %d reaches a control", i)
                        .isNotEqualTo("body");
                assertThat(outline)
                        .as("focus on %s", focused.getTagName())
                        .satisfiesAnyOf(
                                o -> assertThat(o).doesNotStartWith("none"),
                                o -> assertThat(o).contains("rgb"));
                focused.sendKeys(Keys.TAB);
            }
        }
    }
}
