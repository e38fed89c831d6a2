package org.twoway.scoring;

import java.util.List;
import java.util.Objects;

/**
 * One customer's line of the report.
 *
 * @param hours         H(c), the hours all employees spent on the customer
 * @param entitledHours E(c), what its tier entitles it to
 * @param responses     how many responses the customer gave
 * @param specialCount  its special situations of the cycle that are not declined
 * @param specialHours  their estimated hours
 * @param flags         the codes of the flags about this customer
 */
public record CustomerReport(
        String ref,
        String name,
        String tier,
        double hours,
        double entitledHours,
        long responses,
        long specialCount,
        double specialHours,
        List<FlagCode> flags) {

    public CustomerReport {
        Objects.requireNonNull(ref, "ref");
        flags = List.copyOf(flags);
    }
}
