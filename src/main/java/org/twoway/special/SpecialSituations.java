package org.twoway.special;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.twoway.audit.AuditAction;
import org.twoway.audit.AuditLog;
import org.twoway.customers.Customer;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.CurrentAccount;
import org.twoway.people.Employee;
import org.twoway.system.Refusal;

/**
 * Writing down and deciding special situations (loop.md 3), for the pages, the API and a follow-up's close alike.
 * An employee records what they promised; HR records for anyone (or for HR itself) and decides, once. A closed
 * cycle's are frozen; every change is in the audit log.
 */
@ApplicationScoped
public class SpecialSituations {

    public static final int TEXT_MAX = 2000;
    /** Hours of one promise at most: a month, as effort entries allow. */
    public static final BigDecimal HOURS_MAX = new BigDecimal("744");

    private final CurrentAccount me;
    private final AuditLog audit;
    private final PromiseFollowUps followUps;

    SpecialSituations(CurrentAccount me, AuditLog audit, PromiseFollowUps followUps) {
        this.me = me;
        this.audit = audit;
        this.followUps = followUps;
    }

    /** What a promise is: the customer, what was promised, the estimated hours, and (for HR) who promised it. */
    public record Promise(Long customerId, String what, BigDecimal hours, Long promisedById) {
    }

    /**
     * Records a promise beyond the customer's tier in an open cycle. An employee records their own (a promiser they
     * name is refused); HR names the employee who promised it, or none for HR itself.
     */
    @Transactional
    public SpecialSituation record(long cycleId, Promise promise) {
        return record(cycleId, promise, null);
    }

    /**
     * As {@link #record(long, Promise)}, agreed in a follow-up when {@code followUpId} is not null: one of the
     * customer's in the cycle that the signed-in person may work, whose promise is not written down yet.
     */
    @Transactional
    public SpecialSituation record(long cycleId, Promise promise, Long followUpId) {
        ReviewCycle cycle = ReviewCycle.requireOpen(cycleId, "special situations are frozen");
        Employee promiser;
        if (me.isHr()) {
            promiser = promise.promisedById() == null ? null : activeEmployee(promise.promisedById());
        } else {
            long mine = me.employeeId().orElseThrow(() -> new ForbiddenException("Only HR and employees record special situations."));
            if (promise.promisedById() != null && promise.promisedById() != mine) {
                throw new ForbiddenException("Record what you promised; HR records what a colleague did.");
            }
            promiser = Employee.findById(mine);
        }
        Customer customer = customer(promise.customerId());
        if (followUpId != null) {
            agreedIn(followUpId, cycle, customer);
        }
        return store(cycle, customer, promise.what(), promise.hours(), promiser, followUpId);
    }

    /** A cycle's special situations as the signed-in person may list them (404 for no such cycle): HR's all, an employee's their own. */
    public List<SpecialSituation> inCycle(long cycleId) {
        ReviewCycle.require(cycleId);
        if (me.isHr()) {
            return SpecialSituation.listInCycle(cycleId);
        }
        long mine = me.employeeId().orElseThrow(() -> new ForbiddenException("Only HR and employees list special situations."));
        return SpecialSituation.listPromisedBy(mine, cycleId);
    }

    /** A special situation HR or its promiser reads; 404 when there is none, 403 for anyone else. */
    public SpecialSituation readable(long id) {
        SpecialSituation situation = SpecialSituation.require(id);
        boolean promiser = situation.promisedBy != null && me.employeeId().filter(situation.promisedBy.id::equals).isPresent();
        if (!me.isHr() && !promiser) {
            throw new ForbiddenException("This special situation is someone else's.");
        }
        return situation;
    }

    /**
     * Records what a follow-up's close agreed beyond the tier, promised by whoever closed it (HR: none), in the
     * close's own transaction.
     */
    public SpecialSituation recordFromFollowUp(ReviewCycle cycle, Customer customer, String what, BigDecimal hours,
            Employee closer, long followUpId) {
        return store(cycle, customer, what, hours, closer, followUpId);
    }

    /** HR's decision, once, with its reason. */
    @Transactional
    public SpecialSituation decide(long id, Decision decision, String reason) {
        SpecialSituation situation = SpecialSituation.requireLocked(id);
        if (!situation.cycle.isOpen()) {
            throw Refusal.wrongState("Review cycle " + situation.cycle.name + " is closed, and its special situations are frozen.");
        }
        if (situation.isDecided()) {
            throw Refusal.wrongState("This special situation was already " + situation.decision.label + ".");
        }
        if (decision == null) {
            throw Refusal.invalid("decision", "Choose whether to approve or decline it.");
        }
        situation.reason = Refusal.requireText("reason", reason, TEXT_MAX,
                "Give the reason for the decision; the promiser reads it.");
        situation.decision = decision;
        situation.decidedBy = me.get();
        situation.decidedAt = Instant.now();
        audit.record(AuditAction.SPECIAL_SITUATION_DECIDED, describe(situation) + ", " + decision.label);
        return situation;
    }

    /** Checks a promise's text and hours by their fields, as {@link #record} would, without storing anything. */
    public static void check(String what, BigDecimal hours, String whatField, String hoursField) {
        Refusal.requireText(whatField, what, TEXT_MAX, "Write down what was promised beyond the tier.");
        hours(hoursField, hours);
    }

    private SpecialSituation store(ReviewCycle cycle, Customer customer, String what, BigDecimal hours, Employee promiser,
            Long followUpId) {
        SpecialSituation situation = new SpecialSituation();
        situation.cycle = cycle;
        situation.customer = customer;
        situation.what = Refusal.requireText("what", what, TEXT_MAX, "Write down what was promised beyond the tier.");
        situation.hours = hours("hours", hours);
        situation.promisedBy = promiser;
        situation.followUpId = followUpId;
        situation.recordedBy = me.get();
        situation.recordedAt = Instant.now();
        situation.persist();
        audit.record(AuditAction.SPECIAL_SITUATION_RECORDED, describe(situation) + ", " + situation.hours.stripTrailingZeros()
                .toPlainString() + " h, promised by " + situation.promiser());
        return situation;
    }

    private void agreedIn(long followUpId, ReviewCycle cycle, Customer customer) {
        if (!followUps.workable(followUpId, cycle.id, customer.id)) {
            throw Refusal.invalid("followUp", "Follow-up " + followUpId + " is not one of " + customer.name + "'s in "
                    + cycle.name + " that you work.");
        }
        SpecialSituation.findCommittedByFollowUp(followUpId).ifPresent(written -> {
            throw Refusal.duplicate("followUp", "What follow-up " + followUpId + " promised is already written down, as special situation "
                    + written.id + ".");
        });
    }

    private static Customer customer(Long id) {
        Customer customer = id == null ? null : Customer.findById(id);
        if (customer == null) {
            throw Refusal.invalid("customer", "Choose the customer it was promised to.");
        }
        return customer;
    }

    private static Employee activeEmployee(long id) {
        Employee employee = Employee.findById(id);
        if (employee == null || !employee.active) {
            throw Refusal.invalid("promisedBy", "Choose an active employee, or HR.");
        }
        return employee;
    }

    private static BigDecimal hours(String field, BigDecimal hours) {
        if (hours == null || hours.signum() <= 0 || hours.compareTo(HOURS_MAX) > 0 || hours.stripTrailingZeros().scale() > 2) {
            throw Refusal.invalid(field, "Give the estimated hours, more than 0 and at most 744, to two decimals.");
        }
        return hours;
    }

    static String describe(SpecialSituation situation) {
        return "special situation " + situation.id + " for " + situation.customer.name + " (" + situation.customer.ref + ")";
    }
}
