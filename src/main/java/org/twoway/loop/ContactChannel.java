package org.twoway.loop;

/** How the owner reached the customer the first time. */
public enum ContactChannel {
    PHONE("by phone"),
    EMAIL("by email"),
    MEETING("in a meeting");

    public final String label;

    ContactChannel(String label) {
        this.label = label;
    }
}
