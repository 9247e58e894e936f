package io.closewright.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven through Debian's ChromeDriver ({@code /usr/bin/chromedriver}, or
 * {@code CLOSEWRIGHT_CHROMEDRIVER}); nothing is downloaded. Each instance has a fresh profile, so it is a
 * fresh browser with no cookies. Every page it opens, and every page after each wait a test makes, is
 * checked with axe-core for WCAG 2.1 AA ({@link #checkAccessibility}). Close it after use.
 */
public final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final WebDriver driver;
    private final String base;
    private final Path profile;

    public Browser(int port) {
        this.base = "http://localhost:" + port;
        try {
            this.profile = Files.createTempDirectory("cw-chromium");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        String driverPath = System.getenv().getOrDefault("CLOSEWRIGHT_CHROMEDRIVER", "/usr/bin/chromedriver");
        if (!Files.isExecutable(Path.of(driverPath))) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver packages"
                    + " (apt-get install chromium chromium-driver); no driver at " + driverPath);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(driverPath).toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CLOSEWRIGHT_CHROMIUM", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1500,1000",
                "--user-data-dir=" + profile);
        this.driver = new ChromeDriver(service, options);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens the page and, once htmx has loaded its sections, checks it with axe ({@link Accessibility}). */
    public void open(String path) {
        driver.get(base + path);
        checkAccessibility("after opening " + path);
    }

    /**
     * Waits until the page, its htmx requests, Bootstrap's toasts and collapses and its finite animations
     * (fades, colour transitions) have settled, then fails on any WCAG 2.0/2.1 A or AA violation axe-core finds.
     */
    public void checkAccessibility(String when) {
        waitForSettled();
        Accessibility.check(driver, when);
    }

    private void waitForSettled() {
        new WebDriverWait(driver, WAIT)
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return document.readyState === 'complete'"
                                + " && document.querySelectorAll('.htmx-request, .htmx-settling, .htmx-swapping').length === 0"
                                // Bootstrap between its transitions: a toast waits at opacity 0 (showing) before it
                                // fades
                                // in, with no animation running, and a collapse animates its height
                                + " && document.querySelectorAll('.toast.showing, .toast.hiding, .collapsing').length === 0"
                                // fades and colour transitions done (spinners run forever)
                                + " && document.getAnimations().filter(a => a.playState === 'running'"
                                + " && a.effect && a.effect.getTiming().iterations !== Infinity).length === 0")));
    }

    public void signIn(String email, String password) {
        open("/login");
        driver.findElement(By.name("username")).sendKeys(email);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(d -> !d.getCurrentUrl().contains("/login"));
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Scrolls the element to the middle of the window, then clicks it, as a person would. */
    public void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    /** Waits for what the test expects (an htmx swap, a navigation), then checks the page with axe. */
    public void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, WAIT)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
        checkAccessibility("after waiting on " + driver.getCurrentUrl());
    }

    public void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots");
            Files.createDirectories(target);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(target.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
