package org.twoway.cycles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.twoway.audit.AuditAction;
import org.twoway.audit.AuditLog;
import org.twoway.system.Refusal;

/**
 * The rules of a review cycle's life, in one place: it is planned as a draft (and only a draft may be
 * changed), opened (only from draft, and only while no other cycle is open, since employees and
 * customers work in "the open cycle"), then closed (only from open), which freezes it.
 */
@ApplicationScoped
public class Cycles {

    private final AuditLog audit;
    private final Event<CycleClosing> closing;

    Cycles(AuditLog audit, Event<CycleClosing> closing) {
        this.audit = audit;
        this.closing = closing;
    }

    @Transactional
    public ReviewCycle create(ReviewCycleInput input) {
        requireFreeName(input.name(), null);
        ReviewCycle cycle = new ReviewCycle();
        copy(input, cycle);
        cycle.persist();
        return cycle;
    }

    @Transactional
    public ReviewCycle update(long id, ReviewCycleInput input) {
        ReviewCycle cycle = requireDraft(id);
        requireFreeName(input.name(), cycle);
        copy(input, cycle);
        return cycle;
    }

    @Transactional
    public ReviewCycle open(long id) {
        ReviewCycle.lockAll();
        ReviewCycle cycle = find(id);
        if (!cycle.isDraft()) {
            throw Refusal.wrongState("The cycle “" + cycle.name + "” " + (cycle.isOpen()
                    ? "is open already." : "is closed; a closed cycle cannot be opened again."));
        }
        ReviewCycle.findOpen().ifPresent(other -> {
            throw Refusal.wrongState("The cycle “" + other.name + "” is open. Close it before opening “" + cycle.name
                    + "”: employees and customers work in the one open cycle.");
        });
        cycle.state = CycleState.open;
        cycle.openedAt = now();
        audit.record(AuditAction.CYCLE_OPENED, cycle.name + " (" + cycle.id + ")");
        return cycle;
    }

    /**
     * Closing freezes the cycle's data, and publishes what is published only then (its pain figures)
     * in the same transaction; its feedback links stop working.
     */
    @Transactional
    public ReviewCycle close(long id) {
        ReviewCycle cycle = find(id);
        if (!cycle.isOpen()) {
            throw Refusal.wrongState("The cycle “" + cycle.name + "” " + (cycle.isClosed()
                    ? "is closed already." : "is a draft; only an open cycle can be closed."));
        }
        cycle.state = CycleState.closed;
        cycle.closedAt = now();
        closing.fire(new CycleClosing(cycle));
        audit.record(AuditAction.CYCLE_CLOSED, cycle.name + " (" + cycle.id + ")");
        return cycle;
    }

    public ReviewCycle find(long id) {
        return ReviewCycle.require(id);
    }

    /** The cycle, if it is open: links, effort and pain reports are only taken for the open cycle. */
    public ReviewCycle requireOpen(long id) {
        return ReviewCycle.requireOpen(id);
    }

    /** The cycle, if it is still a draft: only a draft's name and dates may change. */
    public ReviewCycle requireDraft(long id) {
        ReviewCycle cycle = find(id);
        if (!cycle.isDraft()) {
            throw Refusal.wrongState("The cycle “" + cycle.name + "” is " + cycle.state
                    + "; only a draft cycle's name and dates can be changed.");
        }
        return cycle;
    }

    /** To the millisecond, as the columns keep it, so the answer matches what is read back later. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static void copy(ReviewCycleInput input, ReviewCycle cycle) {
        cycle.name = input.name();
        cycle.startsOn = input.startsOn();
        cycle.endsOn = input.endsOn();
    }

    private static void requireFreeName(String name, ReviewCycle self) {
        ReviewCycle.findByName(name).filter(other -> other != self).ifPresent(other -> {
            throw Refusal.duplicate("name", "A review cycle named “" + name + "” already exists.");
        });
    }
}
