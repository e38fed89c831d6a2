package org.twoway.special;

/** HR's decision on a special situation (loop.md 3). */
public enum Decision {
    APPROVED("approved"),
    DECLINED("declined");

    public final String label;

    Decision(String label) {
        this.label = label;
    }
}
