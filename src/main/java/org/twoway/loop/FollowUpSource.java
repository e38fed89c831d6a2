package org.twoway.loop;

/** What opened a follow-up: a customer's answer, or a customer who came to someone directly. */
public enum FollowUpSource {
    ANSWER("their answer"),
    DIRECT_CONTACT("came to us directly");

    public final String label;

    FollowUpSource(String label) {
        this.label = label;
    }
}
