package org.twoway.loop;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.twoway.feedback.FirstContactChoice;
import org.twoway.feedback.RatingQueries;
import org.twoway.people.UserAccount;

/**
 * A follow-up as the API shows it (api.md, "Closing the loop"): the customer by reference, people by email (the
 * owner null while unowned), the first contact and the close null until they happen, and what opened it: the
 * customer's answer ({@code rating}) or what they came about directly ({@code about}, {@code via}). On top of the
 * contract: its {@code state}, whether it is {@code overdue}, whether someone other than the owner recorded the
 * contact ({@code handledByOthers}), and what was agreed beyond the written tier ({@code beyondTier}).
 */
public record FollowUpJson(long id, String customer, String owner, FollowUpSource source, Instant opened, Instant due,
        Contact contact, Closed closed, Rating rating, String about, CameVia via, FollowUpState state, boolean overdue,
        boolean handledByOthers, FollowUps.BeyondTier beyondTier) {

    public record Contact(Instant at, ContactChannel channel, String recordedBy) {
    }

    public record Closed(Instant at, Outcome outcome, String agreed, String by) {
    }

    /** The answer that opened it. */
    public record Rating(int responsiveness, int solved, int promises, int company, FirstContactChoice firstContact,
            String comment) {
    }

    /** The follow-up, with the answer that opened it read through feedback/. */
    static FollowUpJson of(FollowUp followUp, RatingQueries ratings) {
        return of(followUp, followUp.ratingId == null ? null : ratings.answer(followUp.ratingId).orElse(null));
    }

    /** Follow-ups with their answers, read in one go however many there are. */
    static List<FollowUpJson> of(List<FollowUp> followUps, RatingQueries ratings) {
        Map<Long, RatingQueries.Answer> answers = ratings.answers(followUps.stream().map(f -> f.ratingId)
                .filter(Objects::nonNull).toList());
        return followUps.stream().map(f -> of(f, answers.get(f.ratingId))).toList();
    }

    /** The follow-up with its triggering answer, null for a direct contact. */
    private static FollowUpJson of(FollowUp f, RatingQueries.Answer answer) {
        return new FollowUpJson(f.id, f.customer.ref, f.owner == null ? null : f.owner.email, f.source, f.openedAt, f.dueAt,
                f.isContacted() ? new Contact(f.contactedAt, f.contactChannel, email(f.contactRecordedBy)) : null,
                f.isClosed() ? new Closed(f.closedAt, f.outcome, f.agreed, email(f.closedBy)) : null,
                answer == null ? null : new Rating(answer.responsiveness(), answer.solved(), answer.promises(),
                        answer.company(), answer.firstContact(), answer.comment()),
                f.about, f.cameVia, f.state(), f.isOverdueNow(), Boolean.TRUE.equals(f.contactByOther),
                f.beyondTierWhat == null ? null : new FollowUps.BeyondTier(f.beyondTierWhat, f.beyondTierHours));
    }

    private static String email(UserAccount account) {
        return account == null ? null : account.email;
    }
}
