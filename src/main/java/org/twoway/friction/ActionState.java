package org.twoway.friction;

/** How far a process action got (loop.md 4); it only moves forward. */
public enum ActionState {
    PLANNED("planned"),
    IN_PROGRESS("in progress"),
    DONE("done");

    public final String label;

    ActionState(String label) {
        this.label = label;
    }
}
