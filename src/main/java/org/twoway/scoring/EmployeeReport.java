package org.twoway.scoring;

import java.util.List;
import java.util.Objects;

/**
 * One employee's line of the report.
 *
 * @param responses     n(e)
 * @param rawMean       the plain mean of s(r), 1..5; null without responses
 * @param score         S(e), shrunk toward the cycle mean; null ("not enough responses") when
 *                      n(e) is below minResponses
 * @param previousScore S(e) in the previous closed cycle, or null
 * @param hours         H(e)
 * @param flags         the codes of the flags about this employee
 * @param scoreDelta    score - previousScore when both exist, else null
 * @param rank          1 for the highest score (equal scores share a rank); null without a score
 * @param companyMean   the mean of q4 (how easy the company is to work with) given by this
 *                      employee's customers, 1..5; null without responses
 * @param firstContact  who this employee's customers contact first when something goes wrong
 * @param loop          the follow-ups this employee owns
 */
public record EmployeeReport(
        String email,
        String name,
        String team,
        long responses,
        Double rawMean,
        Double score,
        Double previousScore,
        double hours,
        List<FlagCode> flags,
        Double scoreDelta,
        Integer rank,
        Double companyMean,
        FirstContact firstContact,
        LoopMeasures loop) {

    public EmployeeReport {
        Objects.requireNonNull(email, "email");
        flags = List.copyOf(flags);
        Objects.requireNonNull(firstContact, "firstContact");
        Objects.requireNonNull(loop, "loop");
    }
}
