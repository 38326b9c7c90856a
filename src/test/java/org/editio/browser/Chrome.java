package org.editio.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.editio.TestFiles;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Debian Chromium driven through Debian's chromedriver, both named by path so that Selenium
 * Manager never runs and nothing is downloaded. Collects the browser console per page (every SEVERE entry
 * is a failure), sets exact viewports through the DevTools protocol, takes full-page screenshots into
 * target/screenshots/ and runs axe-core.
 */
final class Chrome implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("editio.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("editio.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = TestFiles.REPO.resolve("target/screenshots");
    static final Path AXE = TestFiles.REPO.resolve("target/npm/node_modules/axe-core/axe.min.js");

    static final int WIDE = 1400;
    static final int NARROW = 420;

    private static final java.util.logging.Logger DEVTOOLS_LOG =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");
    private final ChromeDriver driver;
    private final Path profile;
    private final Map<String, List<String>> severe = new LinkedHashMap<>();
    private String current = "(no page)";

    private Chrome(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Chrome start() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + " (apt-get install chromium)");
        assertTrue(Files.isExecutable(CHROMEDRIVER), "no chromedriver at " + CHROMEDRIVER + " (apt-get install chromium-driver)");
        // Both the service and the property name the driver: Selenium's DriverFinder then skips Selenium Manager.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        // executeCdpCommand goes through chromedriver; Selenium's own DevTools bindings (which warn when the
        // browser is newer than they are) are not used.
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
        Path profile = Files.createTempDirectory("editio-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-default-apps",
                "--disable-domain-reliability", "--disable-client-side-phishing-detection", "--no-pings",
                "--safebrowsing-disable-auto-update", "--metrics-recording-only",
                "--disable-features=Translate,MediaRouter,OptimizationHints,OptimizationGuideModelDownloading,AutofillServerCommunication",
                // Chromium still looks up its search engine and update hosts on start: no name resolves,
                // so nothing leaves the machine; the site is served on 127.0.0.1 (an address, not a name).
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1", "--lang=en-GB",
                "--window-size=" + WIDE + ",1000", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Chrome chrome = new Chrome(driver, profile);
        chrome.viewport(WIDE, 1000);
        return chrome;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** An exact CSS viewport (media queries follow it); stays for later navigations. */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Navigates and waits for the load event and the web fonts, so that boxes are where they stay. */
    void open(String url) {
        collect();
        current = url;
        driver.get(url);
        settle();
    }

    void reload() {
        collect();
        driver.navigate().refresh();
        settle();
    }

    void settle() {
        driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "(document.fonts ? document.fonts.ready : Promise.resolve()).then(() => requestAnimationFrame(() => done(true)));");
    }

    Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /**
     * A slow connection (each request 200 ms late, 2.5 MB/s down), as Chromium emulates it, or (false) the
     * connection as it is.
     */
    void slowNetwork(boolean slow) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", slow
                ? Map.of("offline", false, "latency", 200, "downloadThroughput", 2_500_000, "uploadThroughput", 1_000_000)
                : Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /**
     * Refuses (or again allows) every script the pages load, as a reader without JavaScript has it; the
     * driver's own scripts still run, so the page can be measured.
     */
    void blockScripts(boolean block) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", block ? List.of("*.js", "*.mjs") : List.of()));
    }

    /** Drops what the console said so far (for a page whose errors the test provokes). */
    void forgetConsole() {
        driver.manage().logs().get(LogType.BROWSER);
        severe.clear();
    }

    /** Moves the browser's console entries of the page shown so far into the record. */
    private void collect() {
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue() && !isFavicon(e.getMessage())) {
                severe.computeIfAbsent(current, k -> new ArrayList<>()).add(e.getMessage());
            }
        }
    }

    // Browsers ask every host for /favicon.ico on their own; the edition does not promise one.
    private static boolean isFavicon(String message) {
        return message.contains("/favicon.ico ");
    }

    /** Fails with every SEVERE console entry (errors, uncaught exceptions, CSP refusals, 404s) since last asked. */
    void assertNoConsoleErrors() {
        collect();
        if (!severe.isEmpty()) {
            StringBuilder b = new StringBuilder("console errors in the browser:");
            severe.forEach((page, messages) -> messages.forEach(m -> b.append("\n  ").append(page).append(": ").append(m)));
            severe.clear();
            fail(b.toString());
        }
    }

    /**
     * Like {@link #assertNoConsoleErrors()}, but the page shown may itself be a 404 (the 404 page): the
     * browser's report of that status for the page's own URL is expected.
     */
    void assertNoConsoleErrorsExcept404() {
        collect();
        List<String> mine = severe.get(current);
        if (mine != null) {
            String self = current.replaceFirst("\\?.*", "");
            mine.removeIf(m -> m.startsWith(self + " ") && m.contains("status of 404"));
            if (mine.isEmpty()) {
                severe.remove(current);
            }
        }
        assertNoConsoleErrors();
    }

    /** A full-page PNG screenshot as target/screenshots/{name}.png (at most 6000 CSS pixels tall). */
    Path screenshot(String name) {
        try {
            settle();
            @SuppressWarnings("unchecked")
            Map<String, Object> metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            double width = ((Number) size.get("width")).doubleValue();
            double height = Math.min(6000, ((Number) size.get("height")).doubleValue());
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core on the page shown, limited to the WCAG 2.0/2.1/2.2 A and AA rules; returns one line per
     * violation: id, impact, help and the selectors of the offending nodes.
     */
    List<String> axeViolations() throws IOException {
        assertTrue(Files.isRegularFile(AXE), "axe-core is missing at " + AXE
                + ": run `mvn -q -DskipTests package` once (the npm-tools profile installs it)");
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object';"))) {
            driver.executeScript(Files.readString(AXE, StandardCharsets.UTF_8));
        }
        Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']}})"
                + ".then(r => done(r.violations.map(v => v.id + ' [' + v.impact + '] ' + v.help + ' :: '"
                + "  + v.nodes.map(n => n.target.join(' ')).join(' | '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        List<String> lines = new ArrayList<>();
        for (Object o : (List<?>) result) {
            lines.add(String.valueOf(o));
        }
        return lines;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> s = Files.walk(profile)) {
                s.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // a leftover temp profile is harmless
            }
        }
    }

    /** Closes a test class's browser and site server, either of which may not have started. */
    static void closeBoth(Chrome chrome, SiteServer server) {
        if (chrome != null) {
            chrome.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
