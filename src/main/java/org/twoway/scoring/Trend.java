package org.twoway.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The previous closed cycle's measures, looked up by key, and the differences to them. */
final class Trend {

    private final Map<String, Double> scores = new HashMap<>();
    private final Map<String, GroupScores> teams = new HashMap<>();
    private final Map<String, GroupScores> processes = new HashMap<>();
    private GroupScores company;

    /** @param previous the previous closed cycle's report, or null when there is none */
    Trend(CycleReport previous) {
        if (previous == null) {
            return;
        }
        previous.employees().forEach(employee -> scores.put(employee.email(), employee.score()));
        index(previous.teams(), teams);
        index(previous.processes(), processes);
        company = previous.company().scores();
    }

    Double previousScore(String email) {
        return scores.get(email);
    }

    GroupScores previousTeam(String name) {
        return teams.get(name);
    }

    GroupScores previousProcess(String name) {
        return processes.get(name);
    }

    GroupScores previousCompany() {
        return company;
    }

    /** now - before, or null unless both exist. */
    static Double delta(Double now, Double before) {
        return now == null || before == null ? null : now - before;
    }

    /** Each measure's difference, or null when there is nothing before. */
    static GroupScores delta(GroupScores now, GroupScores before) {
        if (before == null) {
            return null;
        }
        return new GroupScores(delta(now.cs(), before.cs()), delta(now.ex(), before.ex()),
                delta(now.and(), before.and()));
    }

    private static void index(List<GroupReport> groups, Map<String, GroupScores> into) {
        groups.forEach(group -> into.put(group.name(), group.scores()));
    }
}
