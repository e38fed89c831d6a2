package org.twoway.scoring;

import java.time.Instant;
import java.util.Objects;

/**
 * One follow-up of the cycle, as the loop's measures need it (scoring.md, "Closing the loop").
 *
 * @param owner           the email of its current owner; null while it is unowned, when it counts for no one
 * @param dueAt           when the first contact is due
 * @param contactedAt     the first contact, or null
 * @param handledByOthers whether the first contact was recorded by someone other than the owner of that moment
 * @param answerScore     for {@link Source#ANSWER}: s of the answer that opened it, 1..5; else null
 * @param laterScore      for {@link Source#ANSWER}: s of the customer's first answer in the cycle submitted
 *                        after the first contact, or null when there is none
 */
public record FollowUpInput(
        String owner,
        Source source,
        Instant dueAt,
        Instant contactedAt,
        boolean handledByOthers,
        Double answerScore,
        Double laterScore) {

    /** What opened a follow-up: a customer's answer, or a customer who came to someone directly. */
    public enum Source {
        ANSWER,
        DIRECT_CONTACT
    }

    public FollowUpInput {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dueAt, "dueAt");
        if ((source == Source.ANSWER) != (answerScore != null) || (source == Source.DIRECT_CONTACT && laterScore != null)) {
            throw new IllegalArgumentException("an answer's follow-up has the answer's s, a direct contact no answer at all");
        }
        if (contactedAt == null && (handledByOthers || laterScore != null)) {
            throw new IllegalArgumentException("a follow-up without a contact was handled by no one and has no later answer");
        }
    }
}
