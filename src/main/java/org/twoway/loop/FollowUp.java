package org.twoway.loop;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.twoway.customers.Customer;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Employee;
import org.twoway.people.UserAccount;
import org.twoway.system.AutoIdEntity;
import org.twoway.system.RowLocks;

/**
 * A customer matter for its account manager to act on (loop.md 1): opened by an answer or by a customer who
 * came to someone else directly, owned by the employee who carries the relationship, contacted once, closed
 * with an outcome. People are accounts where they acted (HR may have no employee) and employees where they own.
 */
@Entity
@Table(name = "follow_up")
public class FollowUp extends AutoIdEntity {

    /** Open, unowned, in an open cycle, and once owned by employee ?1. */
    private static final String LEFT_BY = "f.owner is null and f.closedAt is null and f.cycle.state = ?2 and exists"
            + " (select 1 from FollowUpEvent e where e.followUp = f and e.kind = ?3 and e.from.id = ?1)";

    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id")
    public ReviewCycle cycle;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    public Customer customer;

    /** The current owner; null while unowned (the owner left and HR has not chosen who takes it over). */
    @ManyToOne
    @JoinColumn(name = "owner_id")
    public Employee owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public FollowUpSource source;

    /** The triggering answer (ANSWER); feedback/ owns it, so it is kept as its id. */
    @Column(name = "rating_id")
    public Long ratingId;

    /** ANSWER: whether the customer asked to be called back ("Please get back to me about this"). */
    @Column(name = "call_back", nullable = false)
    public boolean callBack;

    /** ANSWER: q1 + q2 + q3 of the opening answer, and of the customer's first answer after the contact (and its id). */
    @Column(name = "answer_score_sum")
    @JdbcTypeCode(SqlTypes.TINYINT)
    public Integer answerScoreSum;

    @Column(name = "later_rating_id")
    public Long laterRatingId;

    @Column(name = "later_score_sum")
    @JdbcTypeCode(SqlTypes.TINYINT)
    public Integer laterScoreSum;

    /** DIRECT_CONTACT: what the customer came about. */
    @Column(length = 2000)
    public String about;

    @Enumerated(EnumType.STRING)
    @Column(name = "came_via", length = 16)
    public CameVia cameVia;

    @ManyToOne
    @JoinColumn(name = "recorded_by")
    public UserAccount recordedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    public Instant openedAt;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "contacted_at")
    public Instant contactedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_channel", length = 16)
    public ContactChannel contactChannel;

    @ManyToOne
    @JoinColumn(name = "contact_recorded_by")
    public UserAccount contactRecordedBy;

    @Column(name = "contact_by_other")
    public Boolean contactByOther;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public Outcome outcome;

    @Column(length = 2000)
    public String agreed;

    @ManyToOne
    @JoinColumn(name = "closed_by")
    public UserAccount closedBy;

    @Column(name = "beyond_tier_what", length = 2000)
    public String beyondTierWhat;

    @Column(name = "beyond_tier_hours", precision = 6, scale = 2)
    public BigDecimal beyondTierHours;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_state", nullable = false, length = 8)
    public MailState mailState = MailState.queued;

    @Column(name = "mail_attempts", nullable = false)
    public int mailAttempts;

    @Column(name = "mail_error", length = 500)
    public String mailError;

    @Column(name = "mail_started_at")
    public Instant mailStartedAt;

    @Column(name = "mailed_at")
    public Instant mailedAt;

    /** Asks the mail queue to tell the (new) owner about it. */
    void queueMail() {
        mailState = MailState.queued;
        mailAttempts = 0;
        mailError = null;
    }

    public boolean isContacted() {
        return contactedAt != null;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    /** Not contacted and past its due time. */
    public boolean isOverdue(Instant now) {
        return contactedAt == null && dueAt.isBefore(now);
    }

    public boolean isOverdueNow() {
        return isOverdue(Instant.now());
    }

    public FollowUpState state() {
        return closedAt != null ? FollowUpState.closed : contactedAt != null ? FollowUpState.contacted : FollowUpState.open;
    }

    /**
     * The follow-up's row as committed now, locked until the transaction ends, or null when there is none: two people
     * (or a person and the mail queue) working one follow-up at once take turns, and the second sees what the first
     * did. Call it before the transaction loads the follow-up otherwise.
     */
    static FollowUp lock(long id) {
        return RowLocks.lock(getEntityManager(), FollowUp.class, "follow_up", id);
    }

    /**
     * A cycle's follow-ups, the earliest due first, with what the API shows of each in the same query: all, or the
     * owner's (when {@code ownerId} is given) in the state given (when {@code state} is).
     */
    public static List<FollowUp> listInCycle(long cycleId, Long ownerId, FollowUpState state) {
        Parameters parameters = Parameters.with("cycle", cycleId);
        StringBuilder where = new StringBuilder("f.cycle.id = :cycle");
        if (ownerId != null) {
            where.append(" and f.owner.id = :owner");
            parameters.and("owner", ownerId);
        }
        if (state != null) {
            where.append(switch (state) {
                case open -> " and f.contactedAt is null";
                case contacted -> " and f.contactedAt is not null and f.closedAt is null";
                case closed -> " and f.closedAt is not null";
            });
        }
        return list("from FollowUp f join fetch f.customer c join fetch c.tier join fetch f.cycle left join fetch f.owner"
                + " left join fetch f.contactRecordedBy left join fetch f.closedBy where " + where + " order by f.dueAt, f.id",
                parameters);
    }

    /** An employee's follow-ups not yet closed, the most urgent (earliest due) first, in any cycle. */
    public static List<FollowUp> listOpenOwnedBy(long employeeId) {
        return list("from FollowUp f join fetch f.customer c join fetch c.tier join fetch f.cycle"
                + " where f.owner.id = ?1 and f.closedAt is null order by f.dueAt, f.id", employeeId);
    }

    /** An employee's closed follow-ups of a cycle, the latest first. */
    public static List<FollowUp> listClosedOwnedBy(long employeeId, long cycleId) {
        return list("from FollowUp f join fetch f.customer where f.owner.id = ?1 and f.cycle.id = ?2"
                + " and f.closedAt is not null order by f.closedAt desc, f.id desc", employeeId, cycleId);
    }

    /** A cycle's follow-ups that nobody owns, the earliest due first. */
    public static List<FollowUp> listUnowned(long cycleId) {
        return list("from FollowUp f join fetch f.customer where f.cycle.id = ?1 and f.owner is null"
                + " and f.closedAt is null order by f.dueAt, f.id", cycleId);
    }

    /**
     * A cycle's follow-ups in a state (null: any) and of an owner (null: anyone's; {@code unowned}: nobody's), the
     * unowned first, then the earliest due.
     */
    public static PanacheQuery<FollowUp> findInCycle(long cycleId, FollowUpState state, Long ownerId, boolean unowned) {
        String where = "cycle.id = :cycle" + (state == null ? "" : switch (state) {
            case open -> " and contactedAt is null and closedAt is null";
            case contacted -> " and contactedAt is not null and closedAt is null";
            case closed -> " and closedAt is not null";
        });
        Parameters parameters = Parameters.with("cycle", cycleId);
        if (unowned) {
            where += " and owner is null";
        } else if (ownerId != null) {
            where += " and owner.id = :owner";
            parameters.and("owner", ownerId);
        }
        return find(where + " order by case when owner is null then 0 else 1 end, dueAt, id", parameters);
    }

    /** The open follow-ups of open cycles that the employee left and nobody owns yet. */
    public static List<FollowUp> listLeftBy(long employeeId) {
        return list("from FollowUp f join fetch f.customer where " + LEFT_BY + " order by f.dueAt, f.id", employeeId,
                CycleState.open, EventKind.OWNER);
    }

    /** Whether anything the employee left still waits for a new owner. */
    public static boolean anyLeftBy(long employeeId) {
        return count("from FollowUp f where " + LEFT_BY, employeeId, CycleState.open, EventKind.OWNER) > 0;
    }

    /** An employee's open follow-ups in open cycles: what a departure leaves behind. */
    public static List<FollowUp> listOwnedInOpenCycles(long employeeId) {
        return list("from FollowUp f where f.owner.id = ?1 and f.closedAt is null and f.cycle.state = ?2", employeeId,
                CycleState.open);
    }
}
