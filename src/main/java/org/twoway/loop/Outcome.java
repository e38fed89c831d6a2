package org.twoway.loop;

/** How a follow-up ended. */
public enum Outcome {
    RESOLVED("resolved"),
    NOT_RESOLVED("not resolved"),
    UNREACHABLE("customer unreachable");

    public final String label;

    Outcome(String label) {
        this.label = label;
    }
}
