package org.twoway.scoring;

import java.util.HashSet;
import java.util.Set;

/**
 * The sums behind one team's or process's measures. All sums are integers, so the order in which
 * responses and reports are added does not matter.
 */
final class GroupTotals {

    private final String name;
    private long responses;
    private long sumQ123;
    private long escalations;
    private long painReports;
    private long frictionSum;
    private final Set<String> reporters = new HashSet<>();

    GroupTotals(String name) {
        this.name = name;
    }

    void addResponses(long count, long sumOfQ123, long escalated) {
        responses += count;
        sumQ123 += sumOfQ123;
        escalations += escalated;
    }

    void addPainReport(PainReportSummary report) {
        painReports++;
        frictionSum += report.frictionSum();
        reporters.add(report.reporterKey());
    }

    String name() {
        return name;
    }

    long responses() {
        return responses;
    }

    long escalations() {
        return escalations;
    }

    int reporters() {
        return reporters.size();
    }

    Set<String> reporterKeys() {
        return reporters;
    }

    /** CS, or null below minGroupResponses responses. */
    Double customerSatisfaction(ScoringRules rules) {
        return responses < rules.minGroupResponses() ? null : Measures.meanNormS(sumQ123, responses);
    }

    /** Whether the group has enough distinct reporters for its EX to be shown on its own. */
    boolean enoughReporters(ScoringRules rules) {
        return reporters() >= rules.anonymityThreshold();
    }

    /** EX, or null (hidden to protect anonymity) below anonymityThreshold distinct reporters. */
    Double employeeExperience(ScoringRules rules) {
        return enoughReporters(rules) ? Measures.experience(frictionSum, painReports) : null;
    }
}
