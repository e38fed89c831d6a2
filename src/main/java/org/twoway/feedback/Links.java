package org.twoway.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.twoway.audit.AuditAction;
import org.twoway.audit.AuditLog;
import org.twoway.customers.Customer;
import org.twoway.cycles.ReviewCycle;
import org.twoway.effort.EffortQueries;
import org.twoway.friction.BusinessProcess;
import org.twoway.people.Employee;
import org.twoway.system.CompanyTime;
import org.twoway.system.Refusal;
import org.twoway.system.RowLocks;
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

    /** The pairs that hold an unanswered, unrevoked link in the cycle for the process (0: for none). */
    private static final String PENDING_PAIRS = "SELECT employee_id, customer_id FROM feedback_link WHERE cycle_id = :cycle"
            + " AND COALESCE(process_id, 0) = :process AND used_at IS NULL AND revoked_at IS NULL";

    private final EntityManager em;
    private final String site;
    private final AuditLog audit;
    private final EffortQueries effort;

    Links(EntityManager em, TwowayConfig config, AuditLog audit, EffortQueries effort) {
        this.em = em;
        this.audit = audit;
        this.effort = effort;
        this.site = config.baseUrl().replaceAll("/+$", "");
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
        Set<List<Long>> pending = pendingPairs(cycleId, process);
        List<IssuedLink> issued = new ArrayList<>();
        int skipped = 0;
        for (Pair pair : activePairs(effort.pairsOver(cycleId, request.hours()))) {
            if (pending.contains(List.of(pair.employee().id, pair.customer().id))) {
                skipped++;
                continue;
            }
            String token = create(cycle, pair.customer(), pair.employee(), process);
            issued.add(new IssuedLink(pair.customer().name, pair.customer().email, pair.employee().name,
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

    private record Pair(Customer customer, Employee employee) {
    }

    /** The pairs of an active customer and an active employee, by the customer's name, then the employee's (then ids). */
    private static List<Pair> activePairs(List<EffortQueries.Pair> hours) {
        List<Customer> customers = Customer.listActive();
        List<Employee> employees = Employee.listActive();
        Map<Long, Integer> customerRank = ranks(customers.stream().map(c -> c.id).toList());
        Map<Long, Integer> employeeRank = ranks(employees.stream().map(e -> e.id).toList());
        return hours.stream()
                .filter(p -> customerRank.containsKey(p.customerId()) && employeeRank.containsKey(p.employeeId()))
                .sorted(Comparator.comparing((EffortQueries.Pair p) -> customerRank.get(p.customerId()))
                        .thenComparing(p -> employeeRank.get(p.employeeId())))
                .map(p -> new Pair(customers.get(customerRank.get(p.customerId())), employees.get(employeeRank.get(p.employeeId()))))
                .toList();
    }

    private static Map<Long, Integer> ranks(List<Long> ids) {
        Map<Long, Integer> ranks = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            ranks.put(ids.get(i), i);
        }
        return ranks;
    }

    @SuppressWarnings("unchecked")
    private Set<List<Long>> pendingPairs(long cycleId, BusinessProcess process) {
        List<Object[]> rows = em.createNativeQuery(PENDING_PAIRS)
                .setParameter("cycle", cycleId)
                .setParameter("process", process == null ? 0L : process.id)
                .getResultList();
        return rows.stream().map(r -> List.of(((Number) r[0]).longValue(), ((Number) r[1]).longValue()))
                .collect(Collectors.toSet());
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
        return em.createNativeQuery("UPDATE feedback_link SET send_state = 'queued', send_error = NULL"
                        + " WHERE cycle_id = :cycle AND send_state = :from AND used_at IS NULL AND revoked_at IS NULL"
                        + " AND customer_id NOT IN (:noEmail)")
                .setParameter("cycle", cycleId)
                .setParameter("from", from.name())
                .setParameter("noEmail", Customer.idsWithoutEmail())
                .executeUpdate();
    }

    /** The open cycle, locked until the transaction ends, so that issuing never races a close or another issue. */
    private ReviewCycle lockOpen(long cycleId) {
        ReviewCycle cycle = ReviewCycle.lock(cycleId, true);
        if (!cycle.isOpen()) {
            throw Refusal.wrongState("The cycle “" + cycle.name + "” is " + cycle.state
                    + ": links are issued and sent only while a cycle is open.");
        }
        return cycle;
    }

    /** An open cycle's link that was not answered, locked against a customer answering it at the same moment, with the names pages show. */
    private FeedbackLink lockLink(long cycleId, long linkId) {
        lockOpen(cycleId);
        FeedbackLink link = RowLocks.lock(em, FeedbackLink.class, "feedback_link", linkId);
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
        return site + FeedbackUris.feedbackForm(token);
    }

    /** The end of the cycle's last day, in the company's time zone: when it is due to close. The link stops working when it actually closes. */
    static Instant expiry(ReviewCycle cycle) {
        return CompanyTime.endOf(cycle.endsOn);
    }
}
