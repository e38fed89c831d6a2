package org.twoway.special;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import org.twoway.Browser;
import org.twoway.customers.Customer;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Employee;
import org.twoway.people.UserAccount;

/** Special situations for page tests, written straight into the database (a closed cycle's too). */
public final class SpecialData {

    private SpecialData() {
    }

    /** A promise of the employee (null: HR's) to the customer in the cycle, waiting for HR's decision. */
    public static SpecialSituation promise(ReviewCycle cycle, Customer customer, Employee promiser, String what, String hours) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SpecialSituation situation = new SpecialSituation();
            situation.cycle = ReviewCycle.findById(cycle.id);
            situation.customer = Customer.findById(customer.id);
            situation.what = what;
            situation.hours = new BigDecimal(hours);
            situation.promisedBy = promiser == null ? null : Employee.findById(promiser.id);
            situation.recordedBy = UserAccount.findByEmail(Browser.HR_EMAIL).orElseThrow();
            situation.recordedAt = Instant.now();
            situation.persist();
            return situation;
        });
    }

    /** HR's decision on it, straight into the database. */
    public static void decided(SpecialSituation situation, Decision decision, String reason) {
        QuarkusTransaction.requiringNew().run(() -> {
            SpecialSituation stored = SpecialSituation.findById(situation.id);
            stored.decision = decision;
            stored.reason = reason;
            stored.decidedBy = UserAccount.findByEmail(Browser.HR_EMAIL).orElseThrow();
            stored.decidedAt = Instant.now();
        });
    }

    public static SpecialSituation find(long id) {
        return QuarkusTransaction.requiringNew().call(() -> SpecialSituation.<SpecialSituation>find("from SpecialSituation s"
                + " join fetch s.cycle join fetch s.customer left join fetch s.promisedBy where s.id = ?1", id).firstResult());
    }

    /** The special situations of the customer, in every cycle. */
    public static long count(Customer customer) {
        return QuarkusTransaction.requiringNew().call(() -> SpecialSituation.count("customer.id", customer.id));
    }
}
