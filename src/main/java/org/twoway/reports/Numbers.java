package org.twoway.reports;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/**
 * How report pages write numbers: measures (CS, EX, AND, shares of 0..1) with two decimals, answers
 * on the 1..5 scale with two, hours as people write them, rates as percentages. A missing value is
 * a dash; the pages say why next to it.
 */
@TemplateExtension(namespace = "num")
public final class Numbers {

    static final String NONE = "–";

    private Numbers() {
    }

    /** 0.6234 as {@code 0.62}. */
    public static String measure(Double value) {
        return value == null ? NONE : String.format(Locale.ROOT, "%.2f", value);
    }

    /** A 1..5 mean: 4.4167 as {@code 4.42}. */
    public static String mean(Double value) {
        return measure(value);
    }

    /** 0.725 as {@code 72.5 %}. */
    public static String percent(Double share) {
        return share == null ? NONE : String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    /** 12.0 as {@code 12} and 12.25 as {@code 12.3}. */
    public static String hours(double hours) {
        String text = String.format(Locale.ROOT, "%.1f", hours);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /** A change such as {@code +0.05} or {@code −0.12}; a dash when there is nothing to compare. */
    public static String delta(Double delta) {
        if (delta == null) {
            return NONE;
        }
        String text = String.format(Locale.ROOT, "%.2f", Math.abs(delta));
        return (delta < 0 && !text.equals("0.00") ? "−" : "+") + text;
    }
}
