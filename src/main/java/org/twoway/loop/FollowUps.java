package org.twoway.loop;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.twoway.audit.AuditAction;
import org.twoway.audit.AuditLog;
import org.twoway.customers.Customer;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.CurrentAccount;
import org.twoway.people.Employee;
import org.twoway.people.UserAccount;
import org.twoway.special.SpecialSituations;
import org.twoway.system.CompanyTime;
import org.twoway.system.Refusal;
import org.twoway.system.TwowayConfig;

/**
 * Working a follow-up (loop.md 1 and 2), for the pages and the API alike: the owner (or HR, which is counted)
 * records the first contact and the close, asks a colleague or HR to join, and HR hands it to someone else. A
 * customer who came to someone directly gets a follow-up for their account manager. A follow-up of a closed
 * cycle is frozen; every change is in the audit log and in the follow-up's own history.
 */
@ApplicationScoped
public class FollowUps {

    public static final int TEXT_MAX = 2000;

    private final CurrentAccount me;
    private final AccountManagers managers;
    private final AuditLog audit;
    private final LoopConfig config;
    private final TwowayConfig twoway;
    private final SpecialSituations specials;

    FollowUps(CurrentAccount me, AccountManagers managers, AuditLog audit, LoopConfig config, TwowayConfig twoway,
            SpecialSituations specials) {
        this.me = me;
        this.managers = managers;
        this.audit = audit;
        this.config = config;
        this.twoway = twoway;
        this.specials = specials;
    }

    /** A follow-up the signed-in person may read: its owner, a colleague asked to join, or HR; 404 when there is none. */
    public FollowUp readable(long id) {
        FollowUp followUp = find(id);
        if (!me.isHr() && !isOwner(followUp) && !isSupporter(followUp)) {
            throw new ForbiddenException("This follow-up is someone else's.");
        }
        return followUp;
    }

    /**
     * A cycle's follow-ups as the signed-in person may list them (404 for no such cycle): HR everyone's, or one
     * employee's (none for an email of nobody); an employee their own only, and 403 for anyone else's.
     */
    public List<FollowUp> inCycle(long cycleId, String ownerEmail, FollowUpState state) {
        ReviewCycle.require(cycleId);
        Optional<Long> owner = ownerEmail == null ? Optional.empty() : Employee.findByEmail(ownerEmail).map(e -> e.id);
        if (!me.isHr()) {
            Long mine = me.employeeId().orElseThrow(() -> new ForbiddenException("Only HR and employees list follow-ups."));
            if (ownerEmail != null && !owner.equals(Optional.of(mine))) {
                throw new ForbiddenException("Those follow-ups are someone else's.");
            }
            return FollowUp.listInCycle(cycleId, mine, state);
        }
        if (ownerEmail != null && owner.isEmpty()) {
            return List.of();
        }
        return FollowUp.listInCycle(cycleId, owner.orElse(null), state);
    }

    /** Whether the signed-in person may work the follow-up (its owner, or HR), whatever its state. */
    public boolean mayWork(FollowUp followUp) {
        return me.isHr() || isOwner(followUp);
    }

    @Transactional
    public FollowUp contact(long id, ContactChannel channel) {
        FollowUp followUp = workable(id);
        if (followUp.isContacted()) {
            throw Refusal.wrongState("The first contact was already recorded on " + CompanyTime.minutes(followUp.contactedAt) + ".");
        }
        UserAccount actor = me.get();
        followUp.contactedAt = Instant.now();
        followUp.contactChannel = channel;
        followUp.contactRecordedBy = actor;
        followUp.contactByOther = !isOwner(followUp);
        FollowUpEvent.record(followUp, EventKind.CONTACT, actor, null, null);
        audit.record(AuditAction.FOLLOW_UP_CONTACTED, describe(followUp) + ", " + channel.label
                + (followUp.contactByOther ? ", by someone other than the owner" : ""));
        return followUp;
    }

    /**
     * Closes it with how it ended and what was agreed, and what of that goes beyond the written tier, if anything: that
     * is also recorded as a special situation, in the same transaction, promised by the owner who closes it, or by HR
     * when HR does.
     */
    @Transactional
    public FollowUp close(long id, Outcome outcome, String agreed, BeyondTier beyond) {
        FollowUp followUp = workable(id);
        if (!followUp.isContacted()) {
            throw Refusal.wrongState("Record the first contact before closing it.");
        }
        agreed = Refusal.requireText("agreed", agreed, TEXT_MAX, "Write down what was agreed with the customer.");
        if (beyond != null) {
            SpecialSituations.check(beyond.what(), beyond.hours(), "beyondTier.what", "beyondTier.hours");
            beyond = new BeyondTier(beyond.what().strip(), beyond.hours());
        }
        UserAccount actor = me.get();
        followUp.closedAt = Instant.now();
        followUp.outcome = outcome;
        followUp.agreed = agreed;
        followUp.closedBy = actor;
        if (beyond != null) {
            followUp.beyondTierWhat = beyond.what();
            followUp.beyondTierHours = beyond.hours();
            specials.recordFromFollowUp(followUp.cycle, followUp.customer, beyond.what(), beyond.hours(),
                    me.isHr() ? null : followUp.owner, followUp.id);
        }
        FollowUpEvent.record(followUp, EventKind.CLOSE, actor, null, null);
        audit.record(AuditAction.FOLLOW_UP_CLOSED, describe(followUp) + ", " + outcome.label
                + (beyond == null ? "" : ", beyond the written tier (" + beyond.hours().stripTrailingZeros().toPlainString() + " h)"));
        return followUp;
    }

    /** Asks a colleague (or HR, with no colleague) to join; the owner stays the owner. */
    @Transactional
    public FollowUp askSupport(long id, Long colleagueId) {
        FollowUp followUp = workable(id);
        if (followUp.isClosed()) {
            throw Refusal.wrongState("This follow-up is closed.");
        }
        Employee colleague = colleagueId == null ? null : activeEmployee("supporter", colleagueId);
        if (colleague != null && followUp.owner != null && colleague.id.equals(followUp.owner.id)) {
            throw Refusal.invalid("supporter", "Choose someone other than the owner.");
        }
        FollowUpEvent.record(followUp, EventKind.SUPPORT, me.get(), null, colleague);
        audit.record(AuditAction.FOLLOW_UP_SUPPORT, describe(followUp) + ", with " + (colleague == null ? "HR" : colleague.name));
        return followUp;
    }

    /** Hands the follow-up to another active employee (HR only, which the callers ensure). */
    @Transactional
    public FollowUp reassign(long id, long ownerId) {
        FollowUp followUp = locked(id);
        frozenUnlessOpen(followUp);
        if (followUp.isClosed()) {
            throw Refusal.wrongState("This follow-up is closed; its owner stays as it was.");
        }
        Employee owner = activeEmployee("owner", ownerId);
        if (followUp.owner != null && followUp.owner.id.equals(owner.id)) {
            return followUp;
        }
        FollowUpEvent.record(followUp, EventKind.OWNER, me.get(), followUp.owner, owner);
        audit.record(AuditAction.FOLLOW_UP_REASSIGNED, describe(followUp) + ", from "
                + (followUp.owner == null ? "nobody" : followUp.owner.name) + " to " + owner.name);
        followUp.owner = owner;
        followUp.queueMail();
        return followUp;
    }

    /**
     * A customer came to someone other than their account manager: a follow-up for the account manager (the one
     * given, else the one {@link AccountManagers} proposes), in the cycle, which must be open.
     */
    @Transactional
    public FollowUp recordDirectContact(long cycleId, long customerId, String about, CameVia via, Long ownerId) {
        ReviewCycle cycle = ReviewCycle.requireOpen(cycleId, "follow-ups are frozen");
        Customer customer = Customer.findById(customerId);
        if (customer == null || !customer.active) {
            throw Refusal.invalid("customer", "Choose an active customer of the list.");
        }
        about = Refusal.requireText("about", about, TEXT_MAX, "Say in a few words what the customer came about.");
        Employee owner = ownerId != null ? activeEmployee("owner", ownerId)
                : managers.propose(cycle.id, customerId).orElseThrow(() -> Refusal.invalid("owner",
                        "Nobody has served " + customer.name + " yet: choose who owns the relationship."));
        UserAccount actor = me.get();
        FollowUp followUp = new FollowUp();
        followUp.cycle = cycle;
        followUp.customer = customer;
        followUp.owner = owner;
        followUp.source = FollowUpSource.DIRECT_CONTACT;
        followUp.about = about;
        followUp.cameVia = via;
        followUp.recordedBy = actor;
        followUp.openedAt = Instant.now();
        followUp.dueAt = WorkingDays.due(followUp.openedAt, config.dueWorkingDays(), twoway.timeZone());
        followUp.persist();
        audit.record(AuditAction.DIRECT_CONTACT_RECORDED, describe(followUp) + ", " + via.label + ", for " + owner.name);
        return followUp;
    }

    private FollowUp workable(long id) {
        FollowUp followUp = locked(id);
        frozenUnlessOpen(followUp);
        if (!mayWork(followUp)) {
            throw new ForbiddenException("This follow-up is " + (followUp.owner == null ? "unowned" : followUp.owner.name + "'s")
                    + "; only its owner or HR can work it.");
        }
        if (followUp.isClosed()) {
            throw Refusal.wrongState("This follow-up was closed on " + CompanyTime.minutes(followUp.closedAt) + ".");
        }
        return followUp;
    }

    private static FollowUp find(long id) {
        return FollowUp.<FollowUp>findByIdOptional(id).orElseThrow(() -> none(id));
    }

    /** As {@link #find}, for a change: see {@link FollowUp#lock}. */
    private static FollowUp locked(long id) {
        return Optional.ofNullable(FollowUp.lock(id)).orElseThrow(() -> none(id));
    }

    private static RuntimeException none(long id) {
        return Refusal.notFound("There is no follow-up " + id + ".");
    }

    private static void frozenUnlessOpen(FollowUp followUp) {
        if (!followUp.cycle.isOpen()) {
            throw Refusal.wrongState("Review cycle " + followUp.cycle.name + " is closed, and its follow-ups are frozen.");
        }
    }

    private static Employee activeEmployee(String field, long id) {
        Employee employee = Employee.findById(id);
        if (employee == null || !employee.active) {
            throw Refusal.invalid(field, "Choose an active employee.");
        }
        return employee;
    }

    private boolean isOwner(FollowUp followUp) {
        Optional<Long> mine = me.employeeId();
        return followUp.owner != null && mine.isPresent() && mine.get().equals(followUp.owner.id);
    }

    private boolean isSupporter(FollowUp followUp) {
        return me.employeeId().map(mine -> FollowUpEvent.isSupporter(followUp.id, mine)).orElse(false);
    }

    static String describe(FollowUp followUp) {
        return "follow-up " + followUp.id + " on " + followUp.customer.name + " (" + followUp.customer.ref + ")";
    }

    /** What was agreed beyond the customer's written tier: what, and the hours it is estimated to take. */
    public record BeyondTier(String what, BigDecimal hours) {
    }
}
