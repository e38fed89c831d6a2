package org.twoway.scoring;

import java.util.List;

/**
 * Scores a review cycle by the written rules of scoring.md: the same input always gives the same
 * report, whatever the order of its lists.
 */
public final class CycleScorer {

    private CycleScorer() {
    }

    /**
     * @throws IllegalArgumentException when the input names an unknown employee or customer, or
     *                                  gives the same aggregate twice
     */
    public static CycleReport score(CycleInput input, ScoringRules rules) {
        CycleFacts facts = CycleFacts.of(input, rules);
        Trend trend = new Trend(input.previous());
        PainFigures pain = input.pain();
        boolean own = input.ownPainFigures();
        List<GroupReport> teams = GroupReports.of(facts.teams(), pain.teamsByName(), own, rules, trend::previousTeam,
                true);
        List<GroupReport> processes = GroupReports.of(facts.processes(), pain.processesByName(), own, rules,
                trend::previousProcess, false);
        List<Flag> flags = Flags.find(facts, teams, processes, own || pain.from() == null ? null : pain.from().name());
        long responses = facts.responses();
        Double responseRate = input.linksIssued() == 0 ? null : (double) responses / input.linksIssued();
        return new CycleReport(input.cycle(), input.linksIssued(), responses, responseRate,
                EmployeeReports.of(facts, flags, trend), CustomerReports.of(facts, flags), teams, processes, flags,
                facts.cycleMean(), GroupReports.report(facts.company(), pain.company(), own, rules, trend.previousCompany(), true),
                pain.from());
    }
}
