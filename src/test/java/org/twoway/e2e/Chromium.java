package org.twoway.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium driven by Playwright, as a JUnit extension: launched once per test class, each test's
 * windows (own cookies, own size) closed after it. Without Chromium the tests are skipped, except in
 * CI, where they fail.
 */
final class Chromium implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    private static final String MISSING = "No Chromium at " + EXECUTABLE + " (Debian: apt-get install chromium)";
    private static final Path SCREENSHOTS = Path.of("target", "e2e");
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run");

    private final List<BrowserContext> windows = new ArrayList<>();
    private Playwright playwright;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isExecutable(EXECUTABLE)) {
            if (System.getenv("CI") != null) {
                fail(MISSING + ": CI must run the end-to-end tests.");
            }
            Logger.getLogger(Chromium.class).warn(MISSING + ": " + context.getDisplayName() + " is skipped.");
            return;
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(ARGS));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Assumptions.assumeTrue(browser != null, MISSING + ": the end-to-end tests are skipped.");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        windows.forEach(BrowserContext::close);
        windows.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A desktop window on the app under test. */
    Page window(URL app) {
        return window(app, 1280, 800);
    }

    /** A window of the given size on the app under test, the pages' security policy enforced. */
    Page window(URL app, int width, int height) {
        return window(options(app, width, height));
    }

    /**
     * A window that ignores the pages' Content-Security-Policy, so that a test can inject a script
     * (the app's policy rightly refuses scripts that are not its own).
     */
    Page windowForInjectedScripts(URL app) {
        return windowForInjectedScripts(app, 1280, 800);
    }

    Page windowForInjectedScripts(URL app, int width, int height) {
        return window(options(app, width, height).setBypassCSP(true));
    }

    private Page window(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options);
        windows.add(context);
        context.setDefaultTimeout(10_000);
        return context.newPage();
    }

    private static Browser.NewContextOptions options(URL app, int width, int height) {
        return new Browser.NewContextOptions().setBaseURL(app.toString()).setViewportSize(width, height);
    }

    /** Saves what the window shows, whole page, as target/e2e/{name}.png, and returns that path. */
    static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
