package org.twoway.special;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.twoway.people.UserAccount;

/**
 * A special situation as the API shows it (api.md, "Closing the loop"): the customer by reference, people by email
 * ({@code promisedBy} null when HR itself promised it), the follow-up it was agreed in or null, and HR's decision,
 * its reason, who took it and when, all null while it waits.
 */
public record SpecialSituationJson(long id, long cycle, String customer, String what, BigDecimal hours, String promisedBy,
        Long followUp, Instant recorded, String recordedBy, Decision decision, String reason, Instant decided, String decidedBy) {

    static SpecialSituationJson of(SpecialSituation s) {
        return new SpecialSituationJson(s.id, s.cycle.id, s.customer.ref, s.what, s.hours, s.promisedBy == null ? null : s.promisedBy.email,
                s.followUpId, s.recordedAt, email(s.recordedBy), s.decision, s.reason, s.decidedAt, email(s.decidedBy));
    }

    static List<SpecialSituationJson> of(List<SpecialSituation> situations) {
        return situations.stream().map(SpecialSituationJson::of).toList();
    }

    private static String email(UserAccount account) {
        return account == null ? null : account.email;
    }
}
