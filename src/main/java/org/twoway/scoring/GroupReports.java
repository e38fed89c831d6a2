package org.twoway.scoring;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        String alsoHidden = complementaryHidden(groups.values(), rules);
        return groups.values().stream().map(group -> report(group, rules, previous.apply(group.name()),
                group.name().equals(alsoHidden))).toList();
    }

    static GroupReport report(GroupTotals group, ScoringRules rules, GroupScores previous) {
        return report(group, rules, previous, false);
    }

    /**
     * The report shows the company's EX, the mean over every pain report, and both breakdowns
     * (teams, processes) split every report among their groups. So the groups hidden for too few
     * reporters can be worked out together, by subtracting the shown groups from the company. That
     * is harmless when the hidden groups hold no reporter or at least k distinct reporters together;
     * when they hold 1 to k-1, the shown group with the fewest reporters (then the first by name) is
     * hidden as well: it alone has k, so the hidden groups together always mix at least k people.
     *
     * @return the name of the group to hide as well, or null
     */
    private static String complementaryHidden(Collection<GroupTotals> groups, ScoringRules rules) {
        Set<String> hiddenReporters = new HashSet<>();
        groups.stream().filter(group -> !group.enoughReporters(rules))
                .forEach(group -> hiddenReporters.addAll(group.reporterKeys()));
        if (hiddenReporters.isEmpty() || hiddenReporters.size() >= rules.anonymityThreshold()) {
            return null;
        }
        return groups.stream().filter(group -> group.enoughReporters(rules))
                .min(Comparator.comparingInt(GroupTotals::reporters).thenComparing(GroupTotals::name))
                .map(GroupTotals::name).orElse(null);
    }

    private static GroupReport report(GroupTotals group, ScoringRules rules, GroupScores previous, boolean hidden) {
        Double cs = group.customerSatisfaction(rules);
        Double ex = hidden ? null : group.employeeExperience(rules);
        GroupScores now = new GroupScores(cs, ex, Measures.andScore(cs, ex));
        return new GroupReport(group.name(), cs, ex, now.and(), Quadrant.of(cs, ex, rules.quadrantThreshold()),
                group.responses(), group.reporters(), previous, Trend.delta(now, previous));
    }
}
