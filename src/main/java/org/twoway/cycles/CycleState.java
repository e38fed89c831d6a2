package org.twoway.cycles;

/** A review cycle is drafted, opened for feedback and reports, then closed, which freezes its data. */
public enum CycleState {
    draft, open, closed
}
