package org.twoway.friction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import org.twoway.audit.AuditAction;
import org.twoway.audit.AuditLog;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.CurrentAccount;
import org.twoway.system.Refusal;

/**
 * HR's answers to process pain (loop.md 4), for the pages and the API alike: an action recorded for a process in
 * an open cycle, moved forward from planned through in progress to done, never back. A closed cycle's actions are
 * frozen; every change is in the audit log.
 */
@ApplicationScoped
public class ProcessActions {

    public static final int TEXT_MAX = 2000;
    public static final int CARRIED_BY_MAX = 200;
    /** How far beyond its cycle an action may be due: later than that is a wish, not a plan. */
    static final int DUE_YEARS_AFTER_CYCLE = 5;

    private final CurrentAccount me;
    private final AuditLog audit;

    ProcessActions(CurrentAccount me, AuditLog audit) {
        this.me = me;
        this.audit = audit;
    }

    /** What HR writes: the process (by id), what will change, who carries it, and by when. */
    public record Plan(Long processId, String what, String carriedBy, LocalDate due) {
    }

    @Transactional
    public ProcessAction record(long cycleId, Plan plan) {
        ReviewCycle cycle = ReviewCycle.requireOpen(cycleId, "process actions are frozen");
        BusinessProcess process = plan.processId() == null ? null : BusinessProcess.findById(plan.processId());
        if (process == null) {
            throw Refusal.invalid("process", "Choose the process the action is for.");
        }
        ProcessAction action = new ProcessAction();
        action.cycle = cycle;
        action.process = process;
        action.what = Refusal.requireText("what", plan.what(), TEXT_MAX, "Write down what will change.");
        action.carriedBy = Refusal.requireText("carriedBy", plan.carriedBy(), CARRIED_BY_MAX,
                "Say who carries it: a name or a role.");
        LocalDate latest = cycle.endsOn.plusYears(DUE_YEARS_AFTER_CYCLE);
        if (plan.due() == null || plan.due().isBefore(cycle.startsOn) || plan.due().isAfter(latest)) {
            throw Refusal.invalid("due", "Give the date it is due by, from " + cycle.startsOn + " (the start of " + cycle.name
                    + ") to " + latest + ".");
        }
        action.dueOn = plan.due();
        action.recordedBy = me.get();
        action.recordedAt = Instant.now();
        action.persist();
        audit.record(AuditAction.PROCESS_ACTION_RECORDED, describe(action) + ", due " + action.dueOn + ", carried by "
                + action.carriedBy);
        return action;
    }

    /** Moves it on; the same state again, or back from where it is, is refused. */
    @Transactional
    public ProcessAction moveTo(long id, ActionState state) {
        ProcessAction action = ProcessAction.requireLocked(id);
        if (!action.cycle.isOpen()) {
            throw Refusal.wrongState("Review cycle " + action.cycle.name + " is closed, and its process actions are frozen.");
        }
        if (state == null) {
            throw Refusal.invalid("state", "Choose planned, in progress or done.");
        }
        if (state.ordinal() <= action.state.ordinal()) {
            throw Refusal.wrongState(action.isDone() ? "This action is done; a done action stays done."
                    : "This action is " + action.state.label + "; it can only move forward from there.");
        }
        Instant now = Instant.now();
        if (action.startedAt == null) {
            action.startedAt = now;
        }
        if (state == ActionState.DONE) {
            action.doneAt = now;
        }
        action.state = state;
        audit.record(AuditAction.PROCESS_ACTION_MOVED, describe(action) + ", now " + state.label);
        return action;
    }

    static String describe(ProcessAction action) {
        return "action " + action.id + " on " + action.process.name + " in " + action.cycle.name;
    }
}
