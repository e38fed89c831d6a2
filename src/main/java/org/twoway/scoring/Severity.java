package org.twoway.scoring;

import java.util.Locale;

/** How much a flag matters: high flags come first in the report. */
public enum Severity {
    HIGH,
    WARNING;

    /** The lower-case name the JSON, the pages' badges and their filters use: {@code high}, {@code warning}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
