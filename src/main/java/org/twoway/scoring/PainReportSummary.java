package org.twoway.scoring;

import java.util.Objects;

/**
 * One process-pain report, reduced to what scoring needs and nothing that names the reporter.
 *
 * @param reporterKey the reporter's pseudonym, to count distinct reporters
 * @param team        the reporter's team
 * @param process     the process reported on
 * @param frictionSum the sum of the five friction ratings, 5..25 (so f = frictionSum / 5)
 */
public record PainReportSummary(String reporterKey, String team, String process, int frictionSum) {

    public PainReportSummary {
        Objects.requireNonNull(reporterKey, "reporterKey");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(process, "process");
        if (frictionSum < 5 || frictionSum > 25) {
            throw new IllegalArgumentException("five friction ratings of 1..5 sum to 5..25, not " + frictionSum);
        }
    }
}
