package org.twoway.friction;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Team;

/**
 * A cycle's process-pain reports as HR may see them: per process and per team, never one report at
 * a time and never a group of fewer than k distinct reporters.
 *
 * <p>Why these groups and no others. Only two breakdowns are shown, by process and by team, next
 * to the whole cycle; never a team-by-process cross table, whose cells are small. Within one
 * breakdown the whole cycle is known (it is shown, and it is the sum of the groups), so the groups
 * that are hidden can be worked out together by subtracting the shown ones from the whole. That is
 * harmless when the hidden groups together hold at least k reporters, or none at all; when they hold
 * between 1 and k-1, the smallest shown group is hidden as well, which is enough, since every shown
 * group has at least k reporters. Across the two breakdowns a team-by-process cell cannot be
 * derived from the shown totals alone: rows and columns leave every cell with more unknowns than
 * equations. What remains is what outside knowledge adds (say, HR knows a team never touches a
 * process); with k at 3 or more each group shown still mixes at least k people. The counts of
 * hidden groups are not shown either, so "no reports" and "one report" look alike.
 *
 * <p>Ideas for a fix are shown only inside process groups that are shown, sorted by their text so
 * that their order says nothing about when or by whom they were written, with the author's name
 * only where the author chose to give it.
 */
@ApplicationScoped
public class FrictionOverview {

    /** A group as the page shows it: its figures, or null when they are hidden to protect anonymity. */
    @TemplateData
    public record Row(String name, FrictionFigures figures) {
    }

    /** An idea for a fix; the author is null for an anonymous report. */
    public record FixIdea(String text, String author) {
    }

    public record ProcessIdeas(String process, List<FixIdea> ideas) {
    }

    public record View(ReviewCycle cycle, int k, FrictionFigures whole, List<Row> processes, List<Row> teams,
            List<ProcessIdeas> ideas) {
    }

    private final AnonymityThreshold threshold;
    private final EntityManager em;

    FrictionOverview(AnonymityThreshold threshold, EntityManager em) {
        this.threshold = threshold;
        this.em = em;
    }

    public View of(ReviewCycle cycle) {
        List<FrictionFigures> whole = figures(cycle, "r.cycle");
        FrictionFigures total = whole.isEmpty() ? null : whole.get(0);

        Map<Long, String> processNames = new TreeMap<>();
        BusinessProcess.listActive().forEach(p -> processNames.put(p.id, p.name));
        List<Row> processes = rows(cycle, "r.process", processNames);

        Map<Long, String> teamNames = new TreeMap<>();
        Team.listActive().forEach(t -> teamNames.put(t.id, t.name));
        List<Row> teams = rows(cycle, "r.team", teamNames);

        return new View(cycle, threshold.k(), total != null && threshold.allows(total.reporters()) ? total : null,
                processes, teams, ideas(cycle, processes));
    }

    /**
     * Every group of a breakdown: the active ones and any others that were reported on, by name,
     * with the figures of those that may be shown.
     */
    private List<Row> rows(ReviewCycle cycle, String group, Map<Long, String> names) {
        Map<Long, FrictionFigures> byId = new LinkedHashMap<>();
        names.forEach((id, name) -> byId.put(id, FrictionFigures.none(id, name)));
        figures(cycle, group).forEach(f -> byId.put(f.id(), f));

        Set<Long> hidden = new HashSet<>();
        byId.values().stream().filter(f -> !threshold.allows(f.reporters())).forEach(f -> hidden.add(f.id()));
        long hiddenReporters = hidden.isEmpty() ? 0 : em.createQuery("select count(distinct r.reporterKey) from PainReport r"
                        + " where r.cycle = ?1 and " + group + ".id in ?2", Long.class)
                .setParameter(1, cycle).setParameter(2, hidden).getSingleResult();
        if (hiddenReporters > 0 && !threshold.allows(hiddenReporters)) {
            byId.values().stream().filter(f -> !hidden.contains(f.id()))
                    .min(Comparator.comparing(FrictionFigures::reporters).thenComparing(FrictionFigures::name))
                    .ifPresent(smallest -> hidden.add(smallest.id()));
        }
        return byId.values().stream()
                .sorted(Comparator.comparing(FrictionFigures::name))
                .map(f -> new Row(f.name(), hidden.contains(f.id()) ? null : f))
                .toList();
    }

    private List<FrictionFigures> figures(ReviewCycle cycle, String group) {
        return em.createQuery("select new org.twoway.friction.FrictionFigures(" + group + ".id, " + group + ".name,"
                        + " count(distinct r.reporterKey), count(r), avg(r.timeWasted), avg(r.tools), avg(r.handoffs),"
                        + " avg(r.rules), avg(r.customerPressure), sum(r.hoursLostPerWeek))"
                        + " from PainReport r where r.cycle = ?1 group by " + group + ".id, " + group + ".name",
                        FrictionFigures.class)
                .setParameter(1, cycle).getResultList();
    }

    private List<ProcessIdeas> ideas(ReviewCycle cycle, List<Row> processes) {
        List<String> shown = processes.stream().filter(r -> r.figures() != null && r.figures().reports() > 0)
                .map(Row::name).toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<String, List<FixIdea>> byProcess = new TreeMap<>();
        em.createQuery("select r.process.name, r.fix, e.name from PainReport r left join r.employee e"
                        + " where r.cycle = ?1 and r.fix is not null and r.process.name in ?2 order by r.fix", Object[].class)
                .setParameter(1, cycle).setParameter(2, shown).getResultList()
                .forEach(row -> byProcess.computeIfAbsent((String) row[0], p -> new ArrayList<>())
                        .add(new FixIdea((String) row[1], (String) row[2])));
        return byProcess.entrySet().stream().map(e -> new ProcessIdeas(e.getKey(), e.getValue())).toList();
    }
}
