package org.twoway.reports;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.twoway.cycles.ReviewCycle;
import org.twoway.friction.PainFigureQueries;
import org.twoway.scoring.CycleInput;
import org.twoway.scoring.CycleReport;
import org.twoway.scoring.CycleScorer;
import org.twoway.scoring.ScoringRules;
import org.twoway.system.Refusal;

/**
 * A cycle's report: loaded with aggregate SQL and scored by the written rules. A closed cycle's data
 * is frozen, so its report is computed once and kept (the most recently used {@code twoway.reports.kept-cycles}
 * of them); an open cycle's is computed on every request,
 * its customer side live, its employee side as the last closed cycle published it.
 * Each report carries the trend against the closed cycle before it.
 */
@ApplicationScoped
public class CycleReports {

    private static final Logger LOG = Logger.getLogger(CycleReports.class);

    private final CycleLoader loader;
    private final PainFigureQueries pain;
    private final ScoringRules rules;
    /**
     * Closed cycles' reports, kept on this node alone: a closed cycle's report never changes (its loop measures are
     * taken at the moment it closed), so two nodes keeping different ones show the same figures.
     */
    private final Cache<Long, CycleReport> closed;

    CycleReports(CycleLoader loader, PainFigureQueries pain, ScoringRules rules,
            ReportSettings settings) {
        this.loader = loader;
        this.pain = pain;
        this.rules = rules;
        this.closed = Caffeine.newBuilder().maximumSize(settings.keptCycles()).build();
    }

    @Transactional
    public CycleReport of(long cycleId) {
        ReviewCycle cycle = ReviewCycle.findById(cycleId);
        if (cycle == null) {
            throw Refusal.notFound("There is no review cycle " + cycleId + ".");
        }
        return of(cycle);
    }

    /**
     * The trend reads only the previous report's own figures, never its trend, so a previous report that is not kept
     * is computed without one, for this use alone, and not kept: a report costs at most two loads, where asking each
     * previous report for its own previous went down the whole chain of closed cycles (seconds for "Your
     * scorecards" with a few hundred of them).
     */
    CycleReport of(ReviewCycle cycle) {
        CycleReport kept = closed.getIfPresent(cycle.id);
        if (kept != null) {
            return kept;
        }
        ReviewCycle before = cycle.previousClosed().orElse(null);
        CycleReport previous = before == null ? null : Optional.ofNullable(closed.getIfPresent(before.id))
                .orElseGet(() -> score(before, before.previousClosed().orElse(null), null));
        CycleReport report = score(cycle, before, previous);
        if (cycle.isClosed()) {
            closed.put(cycle.id, report);
        }
        return report;
    }

    /** @param before the closed cycle before this one, or null */
    private CycleReport score(ReviewCycle cycle, ReviewCycle before, CycleReport previous) {
        long started = System.nanoTime();
        CycleInput input = loader.load(cycle, before, previous, pain.forReport(cycle),
                pain.earlierThanReport(cycle));
        long loaded = System.nanoTime();
        CycleReport report = CycleScorer.score(input, rules);
        LOG.debugf("Cycle %d reported in %d ms: loading %d ms, scoring %d ms", cycle.id,
                (System.nanoTime() - started) / 1_000_000, (loaded - started) / 1_000_000, (System.nanoTime() - loaded) / 1_000_000);
        return report;
    }
}
