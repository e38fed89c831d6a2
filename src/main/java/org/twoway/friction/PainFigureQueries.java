package org.twoway.friction;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.twoway.cycles.ReviewCycle;
import org.twoway.scoring.CycleInfo;
import org.twoway.scoring.CycleReport;
import org.twoway.scoring.PainFigures;
import org.twoway.scoring.PainGroup;

/**
 * The pain figures that views may show, all from what closed cycles published ({@link PainPublisher}):
 * a closed cycle shows its own; an open (or draft) one the last closed cycle's, labelled as such,
 * since its own reports are published only when it closes.
 */
@ApplicationScoped
public class PainFigureQueries {

    /** What one closed cycle published: its groups, by name, hidden ones without figures. */
    public record Published(ReviewCycle cycle, int k, List<PainFigure> figures) {

        public PainFigure company() {
            return figures.stream().filter(f -> f.kind == PainFigure.Kind.COMPANY).findFirst().orElseThrow();
        }

        public List<PainFigure> teams() {
            return sorted(PainFigure.Kind.TEAM, f -> f.team.name);
        }

        public List<PainFigure> processes() {
            return sorted(PainFigure.Kind.PROCESS, f -> f.process.name);
        }

        /** The team's cells whose ideas may be shown with the team's name: their processes. */
        public List<BusinessProcess> namedCells(long teamId) {
            return figures.stream().filter(f -> f.kind == PainFigure.Kind.CELL && f.team.id == teamId)
                    .map(f -> f.process).toList();
        }

        private List<PainFigure> sorted(PainFigure.Kind kind, Function<PainFigure, String> name) {
            return figures.stream().filter(f -> f.kind == kind).sorted(Comparator.comparing(name)).toList();
        }
    }

    /** The figures a cycle's views show, or empty when no closed cycle before it (or it) has published. */
    public Optional<Published> shownIn(ReviewCycle cycle) {
        return source(cycle).flatMap(PainFigureQueries::published);
    }

    /** The same for scoring: every group's published figures, and the cycle they come from. */
    public PainFigures forReport(ReviewCycle cycle) {
        return shownIn(cycle).map(PainFigureQueries::figures).orElse(PainFigures.NONE);
    }

    /**
     * For scoring, the figures published by the closed cycle before the one {@link #forReport} takes them from: what
     * the EX that a report shows is compared with (PAIN_UNANSWERED).
     */
    public PainFigures earlierThanReport(ReviewCycle cycle) {
        return source(cycle).flatMap(ReviewCycle::previousClosed).flatMap(PainFigureQueries::published)
                .map(PainFigureQueries::figures).orElse(PainFigures.NONE);
    }

    /**
     * One process's figures as every closed cycle published them, by cycle id (hidden ones without figures): its
     * EX before and after each action on it. A cycle that published nothing about it is absent.
     */
    public Map<Long, PainGroup> ofProcess(BusinessProcess process) {
        Map<Long, PainGroup> byCycle = new HashMap<>();
        PainFigure.<PainFigure>list("kind = ?1 and process = ?2", PainFigure.Kind.PROCESS, process)
                .forEach(figure -> byCycle.put(figure.cycleId, group(process.name, figure)));
        return byCycle;
    }

    /** The cycle whose figures a cycle's views show: itself once closed, else the last closed one. */
    private static Optional<ReviewCycle> source(ReviewCycle cycle) {
        return cycle.isClosed() ? Optional.of(cycle) : cycle.previousClosed();
    }

    private static Optional<Published> published(ReviewCycle from) {
        return PainPublication.<PainPublication>findByIdOptional(from.id)
                .map(publication -> new Published(from, publication.anonymityThreshold,
                        PainFigure.list("from PainFigure f left join fetch f.team left join fetch f.process"
                                + " where f.cycleId = ?1", from.id)));
    }

    private static PainFigures figures(Published published) {
        return new PainFigures(info(published.cycle()), group(CycleReport.COMPANY, published.company()),
                published.teams().stream().map(f -> group(f.team.name, f)).toList(),
                published.processes().stream().map(f -> group(f.process.name, f)).toList());
    }

    private static PainGroup group(String name, PainFigure figure) {
        return figure.shown()
                ? new PainGroup(name, figure.reporters, figure.reports,
                        figure.timeWasted + figure.tools + figure.handoffs + figure.rules + figure.customerPressure)
                : new PainGroup(name, null, 0, 0);
    }

    private static CycleInfo info(ReviewCycle cycle) {
        return new CycleInfo(cycle.id, cycle.name, cycle.state.name(), cycle.startsOn, cycle.endsOn);
    }
}
