package org.twoway.friction;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.util.Locale;

/** Means and hours on the friction pages, with one decimal. */
@TemplateExtension
public final class Decimals {

    private Decimals() {
    }

    static String oneDecimal(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f", value);
    }

    static String oneDecimal(BigDecimal value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f", value);
    }
}
