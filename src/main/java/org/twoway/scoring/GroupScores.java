package org.twoway.scoring;

/** A team's or process's three measures, each null where scoring.md says so. */
public record GroupScores(Double cs, Double ex, Double and) {
}
