package org.twoway.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The anonymity rule of product.md, the one that every view of pain reports follows: no figure of a
 * group of fewer than k distinct reporters, and no figure that, subtracted from others shown, gives
 * away such a group. It decides once, when a cycle publishes its figures; views only show what it let through.
 *
 * <p><b>Counting people without linking reports.</b> No two reports of one person share a value at
 * rest, so distinct reporters are known exactly only within one process (one report per person and
 * process). For any other set of reports (a team, the company, several hidden groups together) the
 * count is the most reports that the set holds on any one process: a lower bound, never more than
 * the people really behind it. Hiding too much is acceptable; revealing is not.
 *
 * <p><b>Subtraction.</b> The company's figures are shown, and the teams and the processes each split
 * every report among their groups, so the hidden groups of one breakdown can be worked out together
 * as the company minus the shown ones. That is harmless when the hidden groups hold no report or at
 * least k people together; when they hold 1 to k-1, the shown group with the fewest reporters (then
 * the first by name) is hidden as well: it alone holds k. Across the two breakdowns a team-by-process
 * cell cannot be derived: rows and columns leave every cell with more unknowns than equations.
 *
 * <p><b>Ideas for a fix</b> are shown with their process, and on a team's page with the team: a
 * team-by-process cell. A cell's ideas may be shown when it holds at least k reports and both its
 * team and its process are shown, and, since the process lists all of its ideas, when the process's
 * other cells hold no report or at least k together (else its smallest shown cell is hidden too).
 */
public final class Anonymity {

    /** A team-by-process cell whose ideas for a fix may be shown with the team's name. */
    public record Cell(String team, String process) {
    }

    /** What a cycle may publish: every group's figures or its hiding, and the cells that may be named. */
    public record Disclosure(PainGroup company, List<PainGroup> teams, List<PainGroup> processes, Set<Cell> shownCells) {
    }

    private Anonymity() {
    }

    /**
     * @param cells     the cycle's reports summed per team and process
     * @param teams     the teams to list even without reports (they are listed as hidden)
     * @param processes the processes to list even without reports
     */
    public static Disclosure of(Collection<PainCell> cells, Collection<String> teams, Collection<String> processes,
            ScoringRules rules) {
        int k = rules.anonymityThreshold();
        SortedMap<String, List<PainCell>> byTeam = grouped(cells, teams, PainCell::team);
        SortedMap<String, List<PainCell>> byProcess = grouped(cells, processes, PainCell::process);
        PainGroup company = figures(CycleReport.COMPANY, List.copyOf(cells), reporters(cells) >= k);
        List<PainGroup> teamFigures = breakdown(byTeam, k);
        List<PainGroup> processFigures = breakdown(byProcess, k);
        return new Disclosure(company, teamFigures, processFigures, shownCells(byProcess, teamFigures, processFigures, k));
    }

    /** The distinct people behind the reports, at least: the most of them on any one process. */
    static int reporters(Collection<PainCell> cells) {
        Map<String, Long> perProcess = new HashMap<>();
        cells.forEach(cell -> perProcess.merge(cell.process(), cell.reports(), Long::sum));
        return (int) perProcess.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    private static List<PainGroup> breakdown(SortedMap<String, List<PainCell>> groups, int k) {
        Set<String> hidden = new HashSet<>();
        groups.forEach((name, cells) -> {
            if (reporters(cells) < k) {
                hidden.add(name);
            }
        });
        List<PainCell> hiddenCells = new ArrayList<>();
        hidden.forEach(name -> hiddenCells.addAll(groups.get(name)));
        int together = reporters(hiddenCells);
        if (together > 0 && together < k) {
            groups.keySet().stream().filter(name -> !hidden.contains(name))
                    .min(Comparator.comparingInt((String name) -> reporters(groups.get(name))).thenComparing(name -> name))
                    .ifPresent(hidden::add);
        }
        List<PainGroup> figures = new ArrayList<>();
        groups.forEach((name, cells) -> figures.add(figures(name, cells, !hidden.contains(name))));
        return figures;
    }

    private static Set<Cell> shownCells(SortedMap<String, List<PainCell>> byProcess, List<PainGroup> teams,
            List<PainGroup> processes, int k) {
        Set<String> shownTeams = new HashSet<>();
        teams.stream().filter(PainGroup::shown).forEach(team -> shownTeams.add(team.name()));
        Set<Cell> shown = new HashSet<>();
        for (PainGroup process : processes) {
            if (!process.shown()) {
                continue;
            }
            List<PainCell> candidates = new ArrayList<>();
            long elsewhere = 0;
            for (PainCell cell : byProcess.get(process.name())) {
                if (cell.reports() >= k && shownTeams.contains(cell.team())) {
                    candidates.add(cell);
                } else {
                    elsewhere += cell.reports();
                }
            }
            if (elsewhere > 0 && elsewhere < k) {
                candidates.stream().min(Comparator.comparingLong(PainCell::reports).thenComparing(PainCell::team))
                        .ifPresent(candidates::remove);
            }
            candidates.forEach(cell -> shown.add(new Cell(cell.team(), cell.process())));
        }
        return shown;
    }

    private static PainGroup figures(String name, List<PainCell> cells, boolean shown) {
        if (!shown) {
            return PainGroup.hidden(name);
        }
        return new PainGroup(name, reporters(cells), cells.stream().mapToLong(PainCell::reports).sum(),
                cells.stream().mapToLong(PainCell::frictionSum).sum());
    }

    private static SortedMap<String, List<PainCell>> grouped(Collection<PainCell> cells, Collection<String> listed,
            Function<PainCell, String> group) {
        SortedMap<String, List<PainCell>> groups = new TreeMap<>();
        listed.forEach(name -> groups.put(name, new ArrayList<>()));
        cells.forEach(cell -> groups.computeIfAbsent(group.apply(cell), name -> new ArrayList<>()).add(cell));
        return groups;
    }
}
