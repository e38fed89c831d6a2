package org.twoway.reports;

import java.util.Locale;

/**
 * Numbers the charts' SVG is drawn with. They are coordinates for the browser, not numbers for people
 * to read (those are written by system/Numbers), so they keep one decimal whatever the number shows.
 */
final class Svg {

    private Svg() {
    }

    /** 56 as {@code 56.0}, 72.25 as {@code 72.3}. */
    static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
