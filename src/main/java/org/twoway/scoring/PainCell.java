package org.twoway.scoring;

import java.util.Objects;

/**
 * The pain reports that one team's members filed on one process in a cycle, summed: the smallest
 * piece the anonymity rule looks at, and nothing in it names a reporter. A person files at most one
 * report per process, so {@code reports} is also the number of distinct people in the cell.
 *
 * @param frictionSum the sum over the reports of their five friction ratings (each report 5..25)
 */
public record PainCell(String team, String process, long reports, long frictionSum) {

    public PainCell {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(process, "process");
        if (reports < 1 || frictionSum < 5 * reports || frictionSum > 25 * reports) {
            throw new IllegalArgumentException(reports + " reports of five 1..5 ratings cannot sum to " + frictionSum);
        }
    }
}
