package org.twoway.friction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.UserAccount;
import org.twoway.system.AutoIdEntity;
import org.twoway.system.Refusal;
import org.twoway.system.RowLocks;

/**
 * "You said, we did" (loop.md 4): what HR said will change about a process in a cycle, who carries it, by when,
 * and how far it got. It says nothing about who reported pain on the process, and nothing can be read from it.
 */
@Entity
@Table(name = "process_action")
public class ProcessAction extends AutoIdEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id")
    public ReviewCycle cycle;

    @ManyToOne(optional = false)
    @JoinColumn(name = "process_id")
    public BusinessProcess process;

    @Column(nullable = false, length = 2000)
    public String what;

    /** An employee's name or a role, in words. */
    @Column(name = "carried_by", nullable = false, length = 200)
    public String carriedBy;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public ActionState state = ActionState.PLANNED;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recorded_by")
    public UserAccount recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "done_at")
    public Instant doneAt;

    public boolean isDone() {
        return state == ActionState.DONE;
    }

    /** The action with this id; 404 when there is none. */
    public static ProcessAction require(long id) {
        return ProcessAction.<ProcessAction>findByIdOptional(id).orElseThrow(() -> none(id));
    }

    /** As {@link #require}, read as committed now and locked until the transaction ends, for a change: see {@link RowLocks}. */
    static ProcessAction requireLocked(long id) {
        return Optional.ofNullable(RowLocks.lock(getEntityManager(), ProcessAction.class, "process_action", id)).orElseThrow(() -> none(id));
    }

    private static RuntimeException none(long id) {
        return Refusal.notFound("There is no process action " + id + ".");
    }

    /** A cycle's actions, by process, then the earliest due. */
    public static List<ProcessAction> listInCycle(long cycleId) {
        return list("from ProcessAction a join fetch a.process p where a.cycle.id = ?1 order by p.name, a.dueOn, a.id", cycleId);
    }

    /** A process's actions in every cycle, the latest cycle first, then the earliest due. */
    public static List<ProcessAction> listOfProcess(long processId) {
        return list("from ProcessAction a join fetch a.cycle c where a.process.id = ?1 order by c.startsOn desc, a.dueOn, a.id",
                processId);
    }

    /** The actions of the cycles given, by process, then the earliest due: what "My work" shows. */
    public static List<ProcessAction> listInCycles(List<Long> cycleIds) {
        return cycleIds.isEmpty() ? List.of()
                : list("from ProcessAction a join fetch a.process p join fetch a.cycle where a.cycle.id in ?1"
                        + " order by p.name, a.dueOn, a.id", cycleIds);
    }
}
