package org.twoway.reports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the report pages keep what they computed, under {@code twoway.reports.*}. */
@ConfigMapping(prefix = "twoway.reports")
public interface ReportSettings {

    /**
     * How many closed cycles' reports are kept in memory once computed, the most recently used; another is
     * computed again when asked for (the 1,000,000-answer cycle's in under a second, docs/benchmarks.md).
     */
    @WithDefault("12")
    int keptCycles();

    /**
     * How many closed cycles before a scorecard's own its trend line shows, the latest; with no more than
     * {@code kept-cycles} - 1 of them a scorecard's trend is read from kept reports.
     */
    @WithDefault("8")
    int trendCycles();
}
