package org.twoway.friction;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.twoway.cycles.ReviewCycle;
import org.twoway.scoring.ScoringRules;

/**
 * A cycle's process pain as HR may see it: the figures a closed cycle published (this one's once it
 * is closed, the last closed one's while it is open), per process and per team, never one report at
 * a time, and hidden where {@link org.twoway.scoring.Anonymity} hid them when they were published.
 *
 * <p>Ideas for a fix are shown only with the published groups they belong to: by process where the
 * process is shown, and with a team's name only for the team-by-process cells the publication names.
 * They are sorted by their text, so that their order says nothing about when or by whom they were
 * written, with the author's name only where the author chose to give it.
 */
@ApplicationScoped
public class FrictionOverview {

    /** A group as the page shows it: its figures, or null when they are hidden to protect anonymity. */
    @TemplateData
    public record Row(long id, String name, FrictionFigures figures) {
    }

    /** An idea for a fix; the author is null for an anonymous report. */
    public record FixIdea(String text, String author) {
    }

    public record ProcessIdeas(String process, List<FixIdea> ideas) {
    }

    /**
     * @param from the closed cycle whose published figures are shown; null when none has published
     * @param k    the threshold they were published under
     */
    public record View(ReviewCycle cycle, ReviewCycle from, int k, FrictionFigures whole, List<Row> processes,
            List<Row> teams, List<ProcessIdeas> ideas) {

        /** Whether the figures are another cycle's: this one is open and publishes its own when it closes. */
        public boolean borrowed() {
            return from != null && !from.id.equals(cycle.id);
        }
    }

    private final PainFigureQueries published;
    private final ScoringRules rules;
    private final EntityManager em;

    FrictionOverview(PainFigureQueries published, ScoringRules rules, EntityManager em) {
        this.published = published;
        this.rules = rules;
        this.em = em;
    }

    public View of(ReviewCycle cycle) {
        return published.shownIn(cycle).map(shown -> new View(cycle, shown.cycle(), shown.k(),
                        FrictionFigures.of(shown.company()),
                        shown.processes().stream().map(f -> new Row(f.process.id, f.process.name, FrictionFigures.of(f))).toList(),
                        shown.teams().stream().map(f -> new Row(f.team.id, f.team.name, FrictionFigures.of(f))).toList(),
                        processIdeas(shown)))
                .orElseGet(() -> new View(cycle, null, rules.anonymityThreshold(), null, List.of(), List.of(), List.of()));
    }

    /** The ideas that a team's members gave in the cells the publication lets carry the team's name, by process. */
    public List<ProcessIdeas> teamIdeas(ReviewCycle cycle, long teamId) {
        return published.shownIn(cycle).map(shown -> {
            List<Long> processes = shown.namedCells(teamId).stream().map(p -> p.id).toList();
            return ideas(shown.cycle(), processes, teamId);
        }).orElse(List.of());
    }

    private List<ProcessIdeas> processIdeas(PainFigureQueries.Published shown) {
        List<Long> processes = shown.processes().stream().filter(PainFigure::shown).map(f -> f.process.id).toList();
        return ideas(shown.cycle(), processes, null);
    }

    private List<ProcessIdeas> ideas(ReviewCycle cycle, List<Long> processes, Long teamId) {
        if (processes.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("select r.process.name, r.fix, e.name from PainReport r left join r.employee e"
                        + " where r.cycle = ?1 and r.fix is not null and r.fix <> '' and r.process.id in ?2"
                        + (teamId == null ? "" : " and r.team.id = ?3") + " order by r.fix", Object[].class)
                .setParameter(1, cycle).setParameter(2, processes);
        if (teamId != null) {
            query.setParameter(3, teamId);
        }
        Map<String, List<FixIdea>> byProcess = new TreeMap<>();
        query.getResultList().forEach(row -> byProcess.computeIfAbsent((String) row[0], p -> new ArrayList<>())
                .add(new FixIdea((String) row[1], (String) row[2])));
        return byProcess.entrySet().stream().map(e -> new ProcessIdeas(e.getKey(), e.getValue())).toList();
    }
}
