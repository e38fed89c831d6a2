package org.twoway.scoring;

/**
 * The customer side's sums behind one team's or process's measures, and a team's or the company's follow-ups.
 * All sums are integers, so the order in which responses are added does not matter. (The employee side comes
 * published: {@link PainFigures}.)
 */
final class GroupTotals {

    private final String name;
    private long responses;
    private long sumQ123;
    private long escalations;
    private final LoopTotals loop = new LoopTotals();

    GroupTotals(String name) {
        this.name = name;
    }

    void addResponses(long count, long sumOfQ123, long escalated) {
        responses += count;
        sumQ123 += sumOfQ123;
        escalations += escalated;
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

    /** The follow-ups of the group: those its members own, or for the company all of them. */
    LoopTotals loop() {
        return loop;
    }

    /** CS, or null below minGroupResponses responses. */
    Double customerSatisfaction(ScoringRules rules) {
        return responses < rules.minGroupResponses() ? null : Measures.meanNormS(sumQ123, responses);
    }
}
