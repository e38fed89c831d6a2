package org.twoway.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pain figures a report shows: those that a closed cycle published, its own when the reported
 * cycle is closed, the last closed cycle's while it is open, so that no figure moves with one report.
 *
 * @param from the cycle that published them, or null when no cycle has (then every EX is null)
 */
public record PainFigures(CycleInfo from, PainGroup company, List<PainGroup> teams, List<PainGroup> processes) {

    /** No cycle has published figures yet. */
    public static final PainFigures NONE = new PainFigures(null, PainGroup.hidden(CycleReport.COMPANY), List.of(), List.of());

    public PainFigures {
        teams = List.copyOf(teams);
        processes = List.copyOf(processes);
    }

    Map<String, PainGroup> teamsByName() {
        return byName(teams);
    }

    Map<String, PainGroup> processesByName() {
        return byName(processes);
    }

    private static Map<String, PainGroup> byName(List<PainGroup> groups) {
        Map<String, PainGroup> byName = new HashMap<>();
        groups.forEach(group -> byName.put(group.name(), group));
        return byName;
    }
}
