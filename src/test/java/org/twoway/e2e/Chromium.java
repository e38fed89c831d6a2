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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright, launched once per test class; each journey gets a window of
 * its own (own cookies, own size). Without Chromium the journeys are skipped, except in CI, where they fail.
 */
final class Chromium implements AutoCloseable {

    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "e2e");
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Chromium launch() {
        if (!Files.isExecutable(EXECUTABLE)) {
            String missing = "No Chromium at " + EXECUTABLE + " (Debian: apt-get install chromium)";
            if (System.getenv("CI") != null) {
                fail(missing + ": CI must run the end-to-end tests.");
            }
            Assumptions.abort(missing + ": the end-to-end tests are skipped.");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            return new Chromium(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(ARGS)));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
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

    /** Closes the window and everything it holds (cookies, pages). */
    static void close(Page page) {
        if (page != null) {
            page.context().close();
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
