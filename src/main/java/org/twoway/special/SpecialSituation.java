package org.twoway.special;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.twoway.customers.Customer;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Employee;
import org.twoway.people.UserAccount;
import org.twoway.system.AutoIdEntity;
import org.twoway.system.Refusal;
import org.twoway.system.RowLocks;

/**
 * A promise beyond a customer's written tier (loop.md 3): what, the hours it is estimated to take, who promised
 * it, and HR's decision. Written down so that the favours a tier does not say are counted, not quietly grown.
 */
@Entity
@Table(name = "special_situation")
public class SpecialSituation extends AutoIdEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id")
    public ReviewCycle cycle;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    public Customer customer;

    @Column(nullable = false, length = 2000)
    public String what;

    @Column(name = "estimated_hours", nullable = false, precision = 6, scale = 2)
    public BigDecimal hours;

    /** The employee who promised it; null when HR itself did. */
    @ManyToOne
    @JoinColumn(name = "promised_by")
    public Employee promisedBy;

    /** The follow-up it was agreed in, when it came from one; loop/ owns follow-ups, so it is kept as its id. */
    @Column(name = "follow_up_id")
    public Long followUpId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recorded_by")
    public UserAccount recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    public Decision decision;

    @Column(length = 2000)
    public String reason;

    @ManyToOne
    @JoinColumn(name = "decided_by")
    public UserAccount decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public boolean isDecided() {
        return decision != null;
    }

    /** The special situation with this id; 404 when there is none. */
    public static SpecialSituation require(long id) {
        return SpecialSituation.<SpecialSituation>findByIdOptional(id).orElseThrow(() -> none(id));
    }

    /** As {@link #require}, read as committed now and locked until the transaction ends, for a change: see {@link RowLocks}. */
    static SpecialSituation requireLocked(long id) {
        return Optional.ofNullable(RowLocks.lock(getEntityManager(), SpecialSituation.class, "special_situation", id)).orElseThrow(() -> none(id));
    }

    private static RuntimeException none(long id) {
        return Refusal.notFound("There is no special situation " + id + ".");
    }

    /** The one written down from a follow-up, if any: a follow-up's promise is written down once. */
    public static Optional<SpecialSituation> findByFollowUp(long followUpId) {
        return find("followUpId", followUpId).firstResultOptional();
    }

    /**
     * As {@link #findByFollowUp}, as committed now rather than as this transaction first saw the table: with the
     * follow-up locked, a promise that another request wrote down for it a moment ago is found, not stored twice.
     */
    @SuppressWarnings("unchecked")
    static Optional<SpecialSituation> findCommittedByFollowUp(long followUpId) {
        List<SpecialSituation> rows = getEntityManager().createNativeQuery(
                "SELECT * FROM special_situation WHERE follow_up_id = :id LOCK IN SHARE MODE", SpecialSituation.class)
                .setParameter("id", followUpId).getResultList();
        return rows.stream().findFirst();
    }

    /** Who promised it, in words. */
    public String promiser() {
        return promisedBy == null ? "HR" : promisedBy.name;
    }

    /** A cycle's special situations, those waiting for a decision first, then the latest. */
    public static List<SpecialSituation> listInCycle(long cycleId) {
        return list("from SpecialSituation s join fetch s.customer left join fetch s.promisedBy where s.cycle.id = ?1"
                + " order by case when s.decision is null then 0 else 1 end, s.recordedAt desc, s.id desc", cycleId);
    }

    /** A customer's special situations in every cycle, the latest first. */
    public static List<SpecialSituation> listOfCustomer(long customerId) {
        return list("from SpecialSituation s join fetch s.cycle left join fetch s.promisedBy where s.customer.id = ?1"
                + " order by s.recordedAt desc, s.id desc", customerId);
    }

    /** What an employee promised in a cycle, the latest first: where they read HR's decisions. */
    public static List<SpecialSituation> listPromisedBy(long employeeId, long cycleId) {
        return list("from SpecialSituation s join fetch s.customer where s.promisedBy.id = ?1 and s.cycle.id = ?2"
                + " order by s.recordedAt desc, s.id desc", employeeId, cycleId);
    }

    /** How many of a cycle's special situations wait for HR's decision. */
    public static long countWaiting(long cycleId) {
        return count("cycle.id = ?1 and decision is null", cycleId);
    }

    /** How many customers of each tier (by its id) needed a special situation in the cycle, decided or not. */
    public static Map<Long, Long> countCustomersByTier(long cycleId) {
        return firstToSecond(getEntityManager().createQuery("select s.customer.tier.id, count(distinct s.customer.id)"
                + " from SpecialSituation s where s.cycle.id = ?1 group by s.customer.tier.id", Object[].class)
                .setParameter(1, cycleId));
    }
}
