package io.closewright.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Browser;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Admin → Imports in real Chromium: a bad upload comes back with the reason next to the file and the
 * preset kept; the Maven sample's dry run shows its rows, stages and owners; the import then runs with
 * a progress bar that fills to every row.
 */
@IntegrationTest
class ImportBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void dryRunThenImportWithTheProgressBar() throws IOException {
        Fixtures.Team team = fixtures.team(port);
        Path empty = Files.createTempFile("empty", ".csv");
        try (Browser browser = new Browser(port)) {
            browser.signIn(team.admin().user().email(), Fixtures.PASSWORD);
            browser.open("/admin/imports");
            assertThat(browser.find(By.id("main")).getText()).contains("No imports yet");

            new Select(browser.find(By.id("import-preset"))).selectByValue("salesforce");
            browser.find(By.id("import-file")).sendKeys(empty.toAbsolutePath().toString());
            browser.click(browser.find(By.id("import-check")));
            browser.waitFor(d -> d.findElement(By.id("file-error")).getText().contains("The file is empty"));
            assertThat(new Select(browser.find(By.id("import-preset")))
                            .getFirstSelectedOption()
                            .getAttribute("value"))
                    .isEqualTo("salesforce");

            new Select(browser.find(By.id("import-preset"))).selectByValue("maven");
            browser.find(By.id("import-file")).sendKeys(path("sales_pipeline.csv"));
            browser.find(By.id("import-products")).sendKeys(path("products.csv"));
            browser.find(By.id("import-teams")).sendKeys(path("sales_teams.csv"));
            browser.find(By.id("import-accounts")).sendKeys(path("accounts.csv"));
            browser.click(browser.find(By.id("import-check")));

            browser.waitFor(d -> d.findElement(By.id("dry-rows")).getText().equals("8,800"));
            assertThat(browser.find(By.id("dry-created")).getText()).isEqualTo("8,800");
            assertThat(browser.find(By.id("dry-errors")).getText()).isEqualTo("0");
            assertThat(browser.find(By.id("stage-mapping")).getText())
                    .contains("Won", "Lost", "Engaging", "Prospecting");
            assertThat(browser.driver().findElements(By.cssSelector("#owner-mapping tbody tr")))
                    .hasSize(30);
            assertThat(browser.find(By.id("owner-mapping")).getText()).contains("manager: Dustin Brinkmann");
            browser.screenshot("import-dry-run");

            browser.click(browser.find(By.id("import-start")));
            browser.waitFor(d -> d.findElement(By.id("import-bar")).isDisplayed());
            waitLong(
                    browser,
                    d -> "DONE".equals(d.findElement(By.id("import-progress")).getAttribute("data-status")));
            assertThat(browser.find(By.id("import-bar")).getAttribute("value")).isEqualTo("8800");
            assertThat(browser.find(By.id("import-bar")).getAttribute("max")).isEqualTo("8800");
            assertThat(browser.find(By.id("import-percent")).getText()).isEqualTo("100%");
            assertThat(browser.find(By.id("import-created")).getText()).isEqualTo("8,800");
            browser.screenshot("import-done");

            browser.open("/admin/imports");
            assertThat(browser.find(By.id("import-jobs")).getText()).contains("sales_pipeline.csv", "Done", "8,800");
        } finally {
            Files.deleteIfExists(empty);
        }
    }

    /** Waits up to two minutes: the whole sample is written while the page polls. */
    private static void waitLong(
            Browser browser, java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> done) {
        for (int attempt = 1; ; attempt++) {
            try {
                browser.waitFor(done);
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 6) {
                    throw e;
                }
            }
        }
    }

    private static String path(String file) {
        return Uploads.MAVEN.resolve(file).toAbsolutePath().normalize().toString();
    }
}
