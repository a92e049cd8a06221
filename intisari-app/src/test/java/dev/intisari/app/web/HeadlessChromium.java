package dev.intisari.app.web;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * The system's Chromium (Debian packages chromium and chromium-driver) through Selenium, headless, with no
 * Selenium Manager lookup or download (the paths are given). Tests skip, saying why, when either is absent
 * ({@code @EnabledIf("dev.intisari.app.web.HeadlessChromium#installed")}).
 */
final class HeadlessChromium {
    static final Path BROWSER = Path.of(System.getProperty("intisari.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("intisari.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Selenium warns that it has no DevTools binding for this Chromium; the tests do not use DevTools. */
    private static final java.util.logging.Logger DEVTOOLS = java.util.logging.Logger.getLogger(
            "org.openqa.selenium.devtools");

    private HeadlessChromium() {
    }

    /** Message of the skipped browser tests. */
    static final String MISSING = "browser tests skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing"
            + " (apt-get install chromium chromium-driver; .ci/run installs them)";

    /** Both binaries installed (for {@code @EnabledIf}); says so on standard error when not. */
    static boolean installed() {
        boolean ok = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!ok) {
            System.err.println(MISSING.replace("/usr/bin/chromium", BROWSER.toString())
                    .replace("/usr/bin/chromedriver", DRIVER.toString()));
        }
        return ok;
    }

    static ChromeDriver start() {
        DEVTOOLS.setLevel(java.util.logging.Level.SEVERE);
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(java.io.OutputStream.nullOutputStream())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1200,1600", "--lang=id");
        options.setUnhandledPromptBehaviour(org.openqa.selenium.UnexpectedAlertBehaviour.IGNORE);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    static void screenshot(ChromeDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Polls until {@code condition} holds; false after {@code timeout}. */
    static boolean waitFor(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            try {
                if (condition.getAsBoolean()) {
                    return true;
                }
            } catch (RuntimeException ignored) {
                // the page is still changing; try again
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }
}
