package org.twoway.scoring;

/**
 * How many customers answered "when something goes wrong, who do you contact first?" with the
 * employee ({@code PERSON}), the usual support channel ({@code CHANNEL}) or a manager or the owner
 * directly ({@code ESCALATE}).
 */
public record FirstContact(long person, long channel, long escalate) {

    public FirstContact {
        if (person < 0 || channel < 0 || escalate < 0) {
            throw new IllegalArgumentException("first-contact counts must not be negative");
        }
    }

    public long total() {
        return person + channel + escalate;
    }
}
