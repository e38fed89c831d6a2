package org.twoway.system;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * How every page writes numbers for people to read, the same in every locale: measures (CS, EX, AND,
 * shares of 0..1) with two decimals, answers on the 1..5 scale with two, friction means and durations
 * with one, hours as people write them, rates as percentages, counts with thousands separators. A
 * missing value is a dash; the pages say why next to it. (Coordinates in the charts' SVG are not for
 * reading and have their own, in reports/; scoring/ words the numbers of its sentences itself, as it
 * uses nothing of the app.)
 */
@TemplateExtension(namespace = "num")
public final class Numbers {

    /** What a page shows for a missing number. */
    public static final String NONE = "–";

    private Numbers() {
    }

    /** 0.6234 as {@code 0.62}. */
    public static String measure(Double value) {
        return value == null ? NONE : fixed(value, 2);
    }

    /** A 1..5 mean: 4.4167 as {@code 4.42}. */
    public static String mean(Double value) {
        return measure(value);
    }

    /** One decimal, such as a friction mean or seconds taken: 3.25 as {@code 3.3}. */
    public static String oneDecimal(Double value) {
        return value == null ? NONE : fixed(value, 1);
    }

    /** One decimal of an exact number, rounded half up: 12.25 as {@code 12.3}. */
    public static String oneDecimal(BigDecimal value) {
        return value == null ? NONE : String.format(Locale.ROOT, "%.1f", value);
    }

    /** 0.725 as {@code 72.5 %}. */
    public static String percent(Double share) {
        return share == null ? NONE : fixed(share * 100, 1) + " %";
    }

    /** 0.725 as {@code 73 %}. */
    public static String wholePercent(Double share) {
        return share == null ? NONE : Math.round(share * 100) + " %";
    }

    /** 12.0 as {@code 12} and 12.25 as {@code 12.3}. */
    public static String hours(double hours) {
        String text = fixed(hours, 1);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /** {@code 40.00} as {@code 40} and {@code 12.50} as {@code 12.5}: exact hours the way people write them. */
    public static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    /** A change such as {@code +0.05} or {@code −0.12}; a dash when there is nothing to compare. */
    public static String delta(Double delta) {
        if (delta == null) {
            return NONE;
        }
        String text = fixed(Math.abs(delta), 2);
        return (delta < 0 && !text.equals("0.00") ? "−" : "+") + text;
    }

    /** A count with thousands separators: {@code 20,000}. */
    public static String thousands(long count) {
        return String.format(Locale.ENGLISH, "%,d", count);
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
