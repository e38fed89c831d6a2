package org.twoway.scoring;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A cycle's follow-ups counted as they are read, per owner and for the unowned ones, at the moment the loop's
 * measures are taken: the report's time for an open cycle, the moment it closed for a closed one, so that its report
 * stays as it was. Counting one at a time keeps a cycle of 200,000 follow-ups from being held whole; the counts are
 * sums, so the order of the follow-ups does not matter. Add every follow-up before handing the counts to
 * {@link CycleInput}.
 */
public final class FollowUpCounts {

    private final Instant now;
    private final Map<String, LoopTotals> byOwner = new HashMap<>();
    private final LoopTotals unowned = new LoopTotals();

    public FollowUpCounts(Instant now) {
        this.now = Objects.requireNonNull(now, "now");
    }

    public void add(FollowUpInput followUp) {
        LoopTotals totals = followUp.owner() == null ? unowned
                : byOwner.computeIfAbsent(followUp.owner(), email -> new LoopTotals());
        totals.add(followUp, now);
    }

    public Instant now() {
        return now;
    }

    /** Per owner's email, the follow-ups they own. */
    Map<String, LoopTotals> byOwner() {
        return byOwner;
    }

    /** The follow-ups without an owner, which count for the company alone. */
    LoopTotals unowned() {
        return unowned;
    }
}
