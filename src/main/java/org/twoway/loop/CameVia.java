package org.twoway.loop;

/** How a customer came to someone other than their account manager. */
public enum CameVia {
    PHONE("by phone"),
    EMAIL("by email"),
    IN_PERSON("in person");

    public final String label;

    CameVia(String label) {
        this.label = label;
    }
}
