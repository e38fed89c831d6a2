package org.twoway.e2e;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** axe-core (src/test/resources/axe) run on a page: the accessibility problems it finds. */
final class Axe {

    private static final String SOURCE = load();

    private static final String SERIOUS_OR_CRITICAL = """
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                  + v.nodes.map(n => n.target.join(' ')).join(', '));
            }""";

    private Axe() {
    }

    /**
     * The serious and critical violations on the page, one line each. The page's window must let
     * injected scripts run ({@link Chromium#windowForInjectedScripts}).
     */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(SOURCE));
        return (List<String>) page.evaluate(SERIOUS_OR_CRITICAL);
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from src/test/resources/axe");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
