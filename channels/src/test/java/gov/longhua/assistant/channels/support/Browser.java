package gov.longhua.assistant.channels.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium (Debian's, with Debian's ChromeDriver: scripts/install-browser.sh installs both) for
 * the page tests, with the axe-core accessibility engine at hand. Started with the flags this closed network
 * needs (no background networking, no component updates) and a fresh profile, once per test class:
 * {@code @RegisterExtension static final Browser browser = new Browser();}.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

    private static final Path AXE = Path.of("browser-tools", "node_modules", "axe-core", "axe.min.js");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private ChromeDriver driver;
    private Path profile;

    @Override
    public void beforeAll(ExtensionContext context) {
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    public WebElement find(String css) {
        return waiting().until(d -> d.findElement(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The axe-core violations of impact serious or critical on the current page, as "rule: help (n nodes)". */
    @SuppressWarnings("unchecked")
    public List<String> seriousAccessibilityViolations() {
        try {
            script(Files.readString(AXE));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing: run scripts/install-browser.sh", e);
        }
        Map<String, Object> results = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r), e => done({error: String(e)}));");
        if (results.containsKey("error")) {
            throw new AssertionError("axe-core failed: " + results.get("error"));
        }
        return ((List<Map<String, Object>>) results.get("violations")).stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("id") + ": " + v.get("help") + " (" + ((List<?>) v.get("nodes")).size() + " nodes)")
                .toList();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        driver.quit();
    }
}
