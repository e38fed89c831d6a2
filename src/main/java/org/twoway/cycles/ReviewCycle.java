package org.twoway.cycles;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.twoway.system.AutoIdEntity;
import org.twoway.system.Paging;
import org.twoway.system.Refusal;

@Entity
@Table(name = "review_cycle")
public class ReviewCycle extends AutoIdEntity {

    @Column(nullable = false, length = 100)
    public String name;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public CycleState state = CycleState.draft;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** The cycle with this id, or a refusal that answers 404. */
    public static ReviewCycle require(long id) {
        ReviewCycle cycle = findById(id);
        if (cycle == null) {
            throw Refusal.notFound("There is no review cycle " + id + ".");
        }
        return cycle;
    }

    /** The cycle with this id if it is open: feedback, effort and pain reports go only into an open cycle (409 otherwise). */
    public static ReviewCycle requireOpen(long id) {
        return requireOpen(id, "data is frozen");
    }

    /** As {@link #requireOpen(long)}, saying what a closed cycle froze ("effort is frozen"). */
    public static ReviewCycle requireOpen(long id, String frozen) {
        ReviewCycle cycle = require(id);
        if (!cycle.isOpen()) {
            throw Refusal.wrongState("The cycle “" + cycle.name + "” " + (cycle.isDraft()
                    ? "is a draft, not open yet." : "is closed: its " + frozen + "."));
        }
        return cycle;
    }

    public boolean isOpen() {
        return state == CycleState.open;
    }

    public boolean isDraft() {
        return state == CycleState.draft;
    }

    public boolean isClosed() {
        return state == CycleState.closed;
    }

    public static Optional<ReviewCycle> findByName(String name) {
        return find("name", name).firstResultOptional();
    }

    public static List<ReviewCycle> listOldestFirst() {
        return list("order by startsOn");
    }

    /** The closed cycles, in no particular order. */
    public static List<ReviewCycle> listClosed() {
        return list("state", CycleState.closed);
    }

    /** One page of those of the cycles given that are closed, the newest first. */
    public static List<ReviewCycle> listClosedAmong(Collection<Long> ids, Paging paging) {
        return ids.isEmpty() ? List.of()
                : find("state = ?1 and id in ?2 order by startsOn desc, id desc", CycleState.closed, ids).page(paging.rows()).list();
    }

    public static long countClosedAmong(Collection<Long> ids) {
        return ids.isEmpty() ? 0 : count("state = ?1 and id in ?2", CycleState.closed, ids);
    }

    /** The latest {@code most} closed cycles that started before {@code day}, oldest first: a trend's earlier points. */
    public static List<ReviewCycle> listClosedBefore(LocalDate day, int most) {
        if (most < 1) {
            return List.of();
        }
        List<ReviewCycle> cycles = new ArrayList<>(find("state = ?1 and startsOn < ?2 order by startsOn desc",
                CycleState.closed, day).range(0, most - 1).list());
        Collections.reverse(cycles);
        return cycles;
    }

    /** The open and closed cycles, newest first: those with figures to compare. */
    public static List<ReviewCycle> listStartedNewestFirst() {
        return list("state <> ?1 order by startsOn desc", CycleState.draft);
    }

    public static List<ReviewCycle> listNewestFirst() {
        return listAll(Sort.by("startsOn", Sort.Direction.Descending).and("id", Sort.Direction.Descending));
    }

    /**
     * Locks every cycle's row until the transaction ends. Whoever opens a cycle takes these locks first,
     * so two cycles opened at the same moment cannot both see "none is open"; cycles are few. Plain SQL,
     * because MySQL and MariaDB disagree on the {@code for update of} that Hibernate would write.
     */
    public static void lockAll() {
        getEntityManager().createNativeQuery("SELECT id FROM review_cycle FOR UPDATE").getResultList();
    }

    /**
     * The cycle with this id, its row locked until the transaction ends, or a refusal that answers 404. Locked
     * for update, nothing else locks it meanwhile (issuing links, one issue after the other); shared, others
     * may share it (effort imports side by side), and only a change of the cycle, such as closing it, waits.
     * Call it before the transaction reads the cycle otherwise, so that the row is read as it is now.
     */
    public static ReviewCycle lock(long id, boolean forUpdate) {
        @SuppressWarnings("unchecked")
        List<ReviewCycle> rows = getEntityManager()
                .createNativeQuery("SELECT * FROM review_cycle WHERE id = :id " + (forUpdate ? "FOR UPDATE" : "LOCK IN SHARE MODE"),
                        ReviewCycle.class)
                .setParameter("id", id)
                .getResultList();
        if (rows.isEmpty()) {
            throw Refusal.notFound("There is no review cycle " + id + ".");
        }
        return rows.get(0);
    }

    /** The ids of the open cycles: one at most, or none. */
    public static List<Long> openIds() {
        return getEntityManager().createQuery("select c.id from ReviewCycle c where c.state = ?1", Long.class)
                .setParameter(1, CycleState.open).getResultList();
    }

    /** The cycle employees and customers currently work in, if one is open. */
    public static Optional<ReviewCycle> findOpen() {
        return find("state", Sort.by("startsOn", Sort.Direction.Descending), CycleState.open).firstResultOptional();
    }

    /** The closed cycle before this one, for trends. */
    public Optional<ReviewCycle> previousClosed() {
        return find("state = ?1 and startsOn < ?2", Sort.by("startsOn", Sort.Direction.Descending),
                CycleState.closed, startsOn).firstResultOptional();
    }
}
