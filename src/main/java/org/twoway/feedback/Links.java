package org.twoway.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Hibernate;
import org.twoway.audit.AuditAction;
import org.twoway.audit.AuditLog;
import org.twoway.customers.Customer;
import org.twoway.cycles.ReviewCycle;
import org.twoway.friction.BusinessProcess;
import org.twoway.people.Employee;
import org.twoway.system.CompanyTime;
import org.twoway.system.Refusal;
import org.twoway.system.Tokens;
import org.twoway.system.TwowayConfig;

/**
 * HR's side of feedback links: issuing them (one by one, or in bulk from the cycle's effort), revoking,
 * and asking for them to be emailed. Links are issued and sent only while their cycle is open.
 */
@ApplicationScoped
public class Links {

    /** What a bulk issue did: the links it made, and how many pairs already held an unanswered link. */
    public record Bulk(List<IssuedLink> issued, int skipped) {
    }

    private static final String BULK_PAIRS = """
            SELECT x.employee_id, x.customer_id, e.name, c.name, c.email,
                   EXISTS (SELECT 1 FROM feedback_link l
                           WHERE l.cycle_id = :cycle AND l.customer_id = x.customer_id AND l.employee_id = x.employee_id
                             AND COALESCE(l.process_id, 0) = :process AND l.used_at IS NULL AND l.revoked_at IS NULL)
            FROM (SELECT employee_id, customer_id FROM effort_entry WHERE cycle_id = :cycle
                  GROUP BY employee_id, customer_id HAVING SUM(hours) > :minHours) x
            JOIN employee e ON e.id = x.employee_id AND e.active
            JOIN customer c ON c.id = x.customer_id AND c.active
            ORDER BY c.name, e.name, x.customer_id, x.employee_id
            """;

    private static final String SENDABLE = " AND l.used_at IS NULL AND l.revoked_at IS NULL"
            + " AND c.email IS NOT NULL AND c.email <> ''";

    private final EntityManager em;
    private final String linkBase;
    private final AuditLog audit;

    Links(EntityManager em, TwowayConfig config, AuditLog audit) {
        this.em = em;
        this.audit = audit;
        this.linkBase = config.baseUrl().replaceAll("/+$", "") + "/f/";
    }

    /** A new link for one interaction, even when the pair already holds one. */
    @Transactional
    public IssuedLink issue(long cycleId, LinkRequest request) {
        ReviewCycle cycle = lockOpen(cycleId);
        Customer customer = Customer.findByRef(request.customer())
                .orElseThrow(() -> Refusal.invalid("customer", "There is no customer with the reference “" + request.customer() + "”."));
        Employee employee = Employee.findByEmail(request.employee())
                .orElseThrow(() -> Refusal.invalid("employee", "There is no employee with the email “" + request.employee() + "”."));
        BusinessProcess process = process(request.process());
        if (!customer.active) {
            throw Refusal.invalid("customer", "The customer “" + customer.name + "” is deactivated.");
        }
        if (!employee.active) {
            throw Refusal.invalid("employee", "The employee “" + employee.name + "” is deactivated.");
        }
        String token = create(cycle, customer, employee, process);
        audit.record(AuditAction.LINKS_ISSUED, "1 link in " + cycle.name + " for " + pair(customer, employee, process));
        return new IssuedLink(customer.name, customer.email, employee.name, process == null ? null : process.name,
                url(token), expiry(cycle));
    }

    /**
     * Links for every active pair with more than {@code minHours} of effort in the cycle; pairs that already
     * hold an unanswered, unrevoked link for the same process (or for no process) are skipped and counted.
     */
    @Transactional
    public Bulk issueBulk(long cycleId, BulkRequest request) {
        ReviewCycle cycle = lockOpen(cycleId);
        BusinessProcess process = process(request.process());
        @SuppressWarnings("unchecked")
        List<Object[]> pairs = em.createNativeQuery(BULK_PAIRS)
                .setParameter("cycle", cycleId)
                .setParameter("process", process == null ? 0L : process.id)
                .setParameter("minHours", request.hours())
                .getResultList();
        List<IssuedLink> issued = new ArrayList<>();
        int skipped = 0;
        for (Object[] pair : pairs) {
            if (((Number) pair[5]).intValue() == 1) {
                skipped++;
                continue;
            }
            Employee employee = em.getReference(Employee.class, ((Number) pair[0]).longValue());
            Customer customer = em.getReference(Customer.class, ((Number) pair[1]).longValue());
            String token = create(cycle, customer, employee, process);
            issued.add(new IssuedLink((String) pair[3], (String) pair[4], (String) pair[2],
                    process == null ? null : process.name, url(token), expiry(cycle)));
        }
        if (!issued.isEmpty()) {
            audit.record(AuditAction.LINKS_ISSUED, issued.size() + " links in " + cycle.name + " for the pairs with more than "
                    + request.minHours() + " hours" + (process == null ? "" : ", process " + process.name));
        }
        return new Bulk(issued, skipped);
    }

    /** Ends a link that was not answered: its addresses lead nowhere from now on. Revoking twice changes nothing. */
    @Transactional
    public FeedbackLink revoke(long cycleId, long linkId) {
        FeedbackLink link = lockLink(cycleId, linkId);
        if (!link.isRevoked()) {
            link.revokedAt = Instant.now();
            audit.record(AuditAction.LINK_REVOKED, "link " + link.id + " in " + link.cycle.name + " for "
                    + pair(link.customer, link.employee, link.process));
        }
        return link;
    }

    /** Revokes a link and issues a new one for the same customer, employee and process: the way to replace a lost link. */
    @Transactional
    public IssuedLink reissue(long cycleId, long linkId) {
        FeedbackLink old = revoke(cycleId, linkId);
        String token = create(old.cycle, old.customer, old.employee, old.process);
        audit.record(AuditAction.LINKS_ISSUED, "1 link in " + old.cycle.name + " replacing link " + old.id + ", for "
                + pair(old.customer, old.employee, old.process));
        return new IssuedLink(old.customer.name, old.customer.email, old.employee.name,
                old.process == null ? null : old.process.name, url(token), expiry(old.cycle));
    }

    /** Asks the mailer to email every open link not emailed yet whose customer has an address; returns how many. */
    @Transactional
    public int queueUnsent(long cycleId) {
        return queueAll(cycleId, SendState.unsent);
    }

    /** Asks the mailer to try again every open link whose email failed; returns how many. */
    @Transactional
    public int queueFailed(long cycleId) {
        return queueAll(cycleId, SendState.failed);
    }

    /** Asks the mailer to email one link (not emailed yet, or failed). A sent link is never queued again. */
    @Transactional
    public FeedbackLink queue(long cycleId, long linkId) {
        FeedbackLink link = lockLink(cycleId, linkId);
        if (!link.canBeSent()) {
            throw Refusal.wrongState(link.customer.email == null || link.customer.email.isBlank()
                    ? "The customer “" + link.customer.name + "” has no email address: share this link another way."
                    : "This link is " + (link.sendState == SendState.sent ? "already sent" : "already on its way")
                            + " and is not sent twice.");
        }
        link.sendState = SendState.queued;
        link.sendError = null;
        return link;
    }

    private static String pair(Customer customer, Employee employee, BusinessProcess process) {
        return customer.name + " (" + customer.ref + ") and " + employee.name + " <" + employee.email + ">"
                + (process == null ? "" : ", process " + process.name);
    }

    /** The cycle, or a 404 refusal. */
    public ReviewCycle cycle(long cycleId) {
        return ReviewCycle.require(cycleId);
    }

    private int queueAll(long cycleId, SendState from) {
        lockOpen(cycleId);
        return em.createNativeQuery("UPDATE feedback_link l JOIN customer c ON c.id = l.customer_id"
                        + " SET l.send_state = 'queued', l.send_error = NULL"
                        + " WHERE l.cycle_id = :cycle AND l.send_state = :from" + SENDABLE)
                .setParameter("cycle", cycleId)
                .setParameter("from", from.name())
                .executeUpdate();
    }

    /** The open cycle, locked until the transaction ends, so that issuing never races a close or another issue. */
    private ReviewCycle lockOpen(long cycleId) {
        ReviewCycle cycle = Locks.lock(em, ReviewCycle.class, "review_cycle", cycleId);
        if (cycle == null) {
            throw Refusal.notFound("There is no review cycle " + cycleId + ".");
        }
        if (!cycle.isOpen()) {
            throw Refusal.wrongState("The cycle “" + cycle.name + "” is " + cycle.state
                    + ": links are issued and sent only while a cycle is open.");
        }
        return cycle;
    }

    /** An open cycle's link that was not answered, locked against a customer answering it at the same moment, with the names pages show. */
    private FeedbackLink lockLink(long cycleId, long linkId) {
        lockOpen(cycleId);
        FeedbackLink link = Locks.lock(em, FeedbackLink.class, "feedback_link", linkId);
        if (link == null || link.cycle.id != cycleId) {
            throw Refusal.notFound("There is no link " + linkId + " in this cycle.");
        }
        if (link.isAnswered()) {
            throw Refusal.wrongState("This link was already answered; its answers are kept.");
        }
        Hibernate.initialize(link.customer);
        Hibernate.initialize(link.employee);
        return link;
    }

    private static BusinessProcess process(String name) {
        if (name == null) {
            return null;
        }
        BusinessProcess process = BusinessProcess.findByName(name)
                .orElseThrow(() -> Refusal.invalid("process", "There is no process named “" + name + "”."));
        if (!process.active) {
            throw Refusal.invalid("process", "The process “" + name + "” is deactivated.");
        }
        return process;
    }

    /** Persists a link and returns its token, which exists from here on only in the caller's hands. */
    private static String create(ReviewCycle cycle, Customer customer, Employee employee, BusinessProcess process) {
        String token = Tokens.random();
        FeedbackLink link = new FeedbackLink();
        link.cycle = cycle;
        link.customer = customer;
        link.employee = employee;
        link.process = process;
        link.tokenHash = Tokens.sha256(token);
        link.expiresAt = expiry(cycle);
        link.persist();
        return token;
    }

    String url(String token) {
        return linkBase + token;
    }

    /** The end of the cycle's last day, in the company's time zone: when it is due to close. The link stops working when it actually closes. */
    static Instant expiry(ReviewCycle cycle) {
        return CompanyTime.endOf(cycle.endsOn);
    }
}
