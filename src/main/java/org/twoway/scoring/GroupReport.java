package org.twoway.scoring;

import java.util.Objects;

/**
 * One team's or one process's line of the report: both sides of "people first AND customer
 * obsessed" side by side.
 *
 * @param cs        customer satisfaction 0..1; null below minGroupResponses responses
 * @param ex        employee experience 0..1, from the published pain figures (see
 *                  {@link CycleReport#painFiguresFrom}); null where they hide it to protect anonymity
 *                  or have none
 * @param and       the AND score of cs and ex; null if either is null
 * @param quadrant  null if cs or ex is null
 * @param responses the customer responses the cs is based on
 * @param reporters at least how many distinct people filed the pain reports the ex is based on;
 *                  null whenever ex is, so that nothing tells how many are behind a hidden figure
 * @param previous  the same measures in the previous closed cycle, or null if the group was not in it
 * @param delta     this cycle's measures minus the previous ones, each null unless both exist
 *                  (and ex null while it is borrowed from a closed cycle); null when {@code previous} is
 * @param loop      a team's follow-ups (those its members own) or the company's (all); null for a process,
 *                  which owns none
 */
public record GroupReport(
        String name,
        Double cs,
        Double ex,
        Double and,
        Quadrant quadrant,
        long responses,
        Integer reporters,
        GroupScores previous,
        GroupScores delta,
        LoopMeasures loop) {

    public GroupReport {
        Objects.requireNonNull(name, "name");
    }

    GroupScores scores() {
        return new GroupScores(cs, ex, and);
    }
}
