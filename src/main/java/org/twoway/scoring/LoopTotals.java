package org.twoway.scoring;

import java.time.Instant;

/**
 * The counts behind one employee's, team's or the company's {@link LoopMeasures}. A first contact after
 * "now" has not happened yet as far as the report knows: a closed cycle's "now" is the moment it closed,
 * so contacts recorded later leave its report as it was.
 */
final class LoopTotals {

    private long onTime;
    private long late;
    private long contacted;
    private long handledByOthers;
    private long overdueNow;
    private long directContacts;
    private long answeredAgain;
    private long recovered;

    void add(FollowUpInput followUp, Instant now) {
        if (followUp.source() == FollowUpInput.Source.DIRECT_CONTACT) {
            directContacts++;
        }
        Instant contact = followUp.contactedAt();
        if (contact == null || contact.isAfter(now)) {
            if (followUp.dueAt().isBefore(now)) {
                late++;
                overdueNow++;
            }
            return;
        }
        if (contact.isAfter(followUp.dueAt())) {
            late++;
        } else {
            onTime++;
        }
        contacted++;
        if (followUp.handledByOthers()) {
            handledByOthers++;
        }
        if (followUp.laterScore() != null) {
            answeredAgain++;
            if (followUp.laterScore() > followUp.answerScore()) {
                recovered++;
            }
        }
    }

    /** Adds another's counts to these: a team's are its owners', the company's everyone's and the unowned ones. */
    void add(LoopTotals other) {
        onTime += other.onTime;
        late += other.late;
        contacted += other.contacted;
        handledByOthers += other.handledByOthers;
        overdueNow += other.overdueNow;
        directContacts += other.directContacts;
        answeredAgain += other.answeredAgain;
        recovered += other.recovered;
    }

    long directContacts() {
        return directContacts;
    }

    LoopMeasures measures(ScoringRules rules) {
        long followUps = onTime + late;
        return new LoopMeasures(followUps, onTime, late, share(onTime, followUps, rules), contacted, handledByOthers,
                share(handledByOthers, contacted, rules), share(recovered, answeredAgain, rules), overdueNow,
                directContacts);
    }

    /** part / whole, or null when the whole is below minFollowUps. */
    private static Double share(long part, long whole, ScoringRules rules) {
        return whole < rules.minFollowUps() ? null : (double) part / whole;
    }
}
