package org.twoway.scoring;

import java.util.List;
import java.util.SortedMap;
import java.util.function.Function;

/** Builds the team and process lines of the report from their sums. */
final class GroupReports {

    private GroupReports() {
    }

    /**
     * @param groups   the sums per group, by name
     * @param previous the group's measures in the previous closed cycle, or null
     */
    static List<GroupReport> of(SortedMap<String, GroupTotals> groups, ScoringRules rules,
            Function<String, GroupScores> previous) {
        return groups.values().stream().map(group -> report(group, rules, previous.apply(group.name()))).toList();
    }

    private static GroupReport report(GroupTotals group, ScoringRules rules, GroupScores previous) {
        Double cs = group.customerSatisfaction(rules);
        Double ex = group.employeeExperience(rules);
        GroupScores now = new GroupScores(cs, ex, Measures.andScore(cs, ex));
        return new GroupReport(group.name(), cs, ex, now.and(), Quadrant.of(cs, ex, rules.quadrantThreshold()),
                group.responses(), group.reporters(), previous, Trend.delta(now, previous));
    }
}
