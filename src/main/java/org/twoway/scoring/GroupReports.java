package org.twoway.scoring;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * Builds the team and process lines of the report: CS from the cycle's answers, EX from the
 * published pain figures, whose hiding {@link Anonymity} decided when they were published.
 */
final class GroupReports {

    private GroupReports() {
    }

    /**
     * @param groups    the customer side's sums per group, by name
     * @param published the published pain figures per group, by name
     * @param own       whether those figures are the cycle's own; borrowed ones have no EX change to show
     * @param previous  the group's measures in the previous closed cycle, or null
     * @param followUps whether the groups own follow-ups (teams and the company do, processes not)
     */
    static List<GroupReport> of(SortedMap<String, GroupTotals> groups, Map<String, PainGroup> published, boolean own,
            ScoringRules rules, Function<String, GroupScores> previous, boolean followUps) {
        return groups.values().stream().map(group -> report(group, published.get(group.name()), own, rules,
                previous.apply(group.name()), followUps)).toList();
    }

    static GroupReport report(GroupTotals group, PainGroup pain, boolean own, ScoringRules rules, GroupScores previous,
            boolean followUps) {
        Double cs = group.customerSatisfaction(rules);
        Double ex = pain == null ? null : pain.experience();
        Integer reporters = ex == null ? null : pain.reporters();
        GroupScores now = new GroupScores(cs, ex, Measures.andScore(cs, ex));
        GroupScores delta = Trend.delta(now, previous);
        if (delta != null && !own) {
            delta = new GroupScores(delta.cs(), null, delta.and());
        }
        return new GroupReport(group.name(), cs, ex, now.and(), Quadrant.of(cs, ex, rules.quadrantThreshold()),
                group.responses(), reporters, previous, delta, followUps ? group.loop().measures(rules) : null);
    }
}
