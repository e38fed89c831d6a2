package org.twoway.scoring;

import java.util.Objects;

/**
 * One team's or one process's line of the report: both sides of "people first AND customer
 * obsessed" side by side.
 *
 * @param cs        customer satisfaction 0..1; null below minGroupResponses responses
 * @param ex        employee experience 0..1; null ("hidden to protect anonymity") below
 *                  anonymityThreshold distinct reporters
 * @param and       the AND score of cs and ex; null if either is null
 * @param quadrant  null if cs or ex is null
 * @param responses the customer responses the cs is based on
 * @param reporters the distinct people who filed the pain reports the ex is based on
 * @param previous  the same measures in the previous closed cycle, or null if the group was not in it
 * @param delta     this cycle's measures minus the previous ones, each null unless both exist;
 *                  null when {@code previous} is
 */
public record GroupReport(
        String name,
        Double cs,
        Double ex,
        Double and,
        Quadrant quadrant,
        long responses,
        int reporters,
        GroupScores previous,
        GroupScores delta) {

    public GroupReport {
        Objects.requireNonNull(name, "name");
    }

    GroupScores scores() {
        return new GroupScores(cs, ex, and);
    }
}
