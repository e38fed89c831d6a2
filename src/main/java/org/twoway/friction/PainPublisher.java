package org.twoway.friction;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.twoway.cycles.CycleClosing;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Team;
import org.twoway.scoring.Anonymity;
import org.twoway.scoring.PainCell;
import org.twoway.scoring.PainGroup;
import org.twoway.scoring.ScoringRules;

/**
 * Publishes a cycle's pain figures when it closes, once: the company's, each team's and each
 * process's, as {@link Anonymity} lets them through, and the team-by-process cells whose ideas may be
 * named. Until then no figure of the cycle's pain reports is shown anywhere (a figure that moved
 * with each report would give that report away); after, they never change, whatever happens to the
 * threshold, the teams or the processes.
 */
@ApplicationScoped
public class PainPublisher {

    private final ScoringRules rules;
    private final EntityManager em;

    PainPublisher(ScoringRules rules, EntityManager em) {
        this.rules = rules;
        this.em = em;
    }

    /** In the closing transaction: a failure here leaves the cycle open with nothing published. */
    void publishOnClose(@Observes CycleClosing closing) {
        publish(closing.cycle());
    }

    /**
     * Closed cycles without published figures publish theirs: those closed before figures were
     * published (migration V90), and the demo's, which are seeded closed. The cycles' rows are locked
     * first, so two nodes starting together publish each once.
     */
    @Transactional
    void publishUnpublished(@Observes @Priority(200) StartupEvent start) {
        ReviewCycle.lockAll();
        for (ReviewCycle cycle : ReviewCycle.listClosed()) {
            if (PainPublication.findById(cycle.id) == null) {
                publish(cycle);
            }
        }
    }

    private void publish(ReviewCycle cycle) {
        PainPublication publication = new PainPublication();
        publication.cycleId = cycle.id;
        publication.anonymityThreshold = rules.anonymityThreshold();
        publication.publishedOn = LocalDate.now(ZoneOffset.UTC);
        publication.persist();

        Map<String, Team> teams = new HashMap<>();
        Map<String, BusinessProcess> processes = new HashMap<>();
        Team.listActive().forEach(team -> teams.put(team.name, team));
        BusinessProcess.listActive().forEach(process -> processes.put(process.name, process));
        TreeSet<String> listedTeams = new TreeSet<>(teams.keySet());
        TreeSet<String> listedProcesses = new TreeSet<>(processes.keySet());

        List<Sums> cells = cells(cycle);
        List<PainCell> scored = new ArrayList<>();
        for (Sums cell : cells) {
            teams.put(cell.team.name, cell.team);
            processes.put(cell.process.name, cell.process);
            scored.add(new PainCell(cell.team.name, cell.process.name, cell.reports, cell.frictionSum()));
        }
        Anonymity.Disclosure disclosure = Anonymity.of(scored, listedTeams, listedProcesses, rules);

        store(cycle, PainFigure.Kind.COMPANY, null, null, disclosure.company(), cells);
        for (PainGroup group : disclosure.teams()) {
            Team team = teams.get(group.name());
            store(cycle, PainFigure.Kind.TEAM, team, null, group, cells.stream().filter(c -> c.team == team).toList());
        }
        for (PainGroup group : disclosure.processes()) {
            BusinessProcess process = processes.get(group.name());
            store(cycle, PainFigure.Kind.PROCESS, null, process, group,
                    cells.stream().filter(c -> c.process == process).toList());
        }
        for (Sums cell : cells) {
            if (disclosure.shownCells().contains(new Anonymity.Cell(cell.team.name, cell.process.name))) {
                store(cycle, PainFigure.Kind.CELL, cell.team, cell.process,
                        new PainGroup(cell.process.name, (int) cell.reports, cell.reports, cell.frictionSum()), List.of(cell));
            }
        }
    }

    private static void store(ReviewCycle cycle, PainFigure.Kind kind, Team team, BusinessProcess process,
            PainGroup group, List<Sums> cells) {
        PainFigure figure = new PainFigure();
        figure.cycleId = cycle.id;
        figure.kind = kind;
        figure.team = team;
        figure.process = process;
        if (group.shown()) {
            figure.reporters = group.reporters();
            figure.reports = (int) group.reports();
            figure.timeWasted = cells.stream().mapToInt(c -> (int) c.timeWasted).sum();
            figure.tools = cells.stream().mapToInt(c -> (int) c.tools).sum();
            figure.handoffs = cells.stream().mapToInt(c -> (int) c.handoffs).sum();
            figure.rules = cells.stream().mapToInt(c -> (int) c.rules).sum();
            figure.customerPressure = cells.stream().mapToInt(c -> (int) c.customerPressure).sum();
            figure.hoursLost = cells.stream().map(c -> c.hoursLost).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        figure.persist();
    }

    /** The reports of one team on one process, summed in SQL. */
    private record Sums(Team team, BusinessProcess process, long reports, long timeWasted, long tools, long handoffs,
            long rules, long customerPressure, BigDecimal hoursLost) {

        long frictionSum() {
            return timeWasted + tools + handoffs + rules + customerPressure;
        }
    }

    private List<Sums> cells(ReviewCycle cycle) {
        return em.createQuery("select r.team, r.process, count(r), sum(r.timeWasted), sum(r.tools), sum(r.handoffs),"
                        + " sum(r.rules), sum(r.customerPressure), sum(r.hoursLostPerWeek) from PainReport r"
                        + " where r.cycle = ?1 group by r.team, r.process", Object[].class)
                .setParameter(1, cycle).getResultList().stream()
                .map(row -> new Sums((Team) row[0], (BusinessProcess) row[1], (Long) row[2], (Long) row[3], (Long) row[4],
                        (Long) row[5], (Long) row[6], (Long) row[7], (BigDecimal) row[8]))
                .toList();
    }
}
