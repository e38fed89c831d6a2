package org.twoway.cycles;

/**
 * A cycle is being closed, inside the transaction that closes it: what its observers do (publishing
 * the figures that closing freezes) commits with the close or not at all.
 */
public record CycleClosing(ReviewCycle cycle) {
}
