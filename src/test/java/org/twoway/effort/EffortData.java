package org.twoway.effort;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.twoway.customers.Customer;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Employee;

/** Effort entries for tests, each call committed. */
final class EffortData {

    private EffortData() {
    }

    static EffortEntry entry(ReviewCycle cycle, Employee employee, Customer customer, String hours, String source) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EffortEntry entry = new EffortEntry();
            entry.cycle = ReviewCycle.findById(cycle.id);
            entry.employee = Employee.findById(employee.id);
            entry.customer = Customer.findById(customer.id);
            entry.hours = new BigDecimal(hours);
            entry.source = source;
            entry.createdAt = Instant.now();
            entry.persist();
            return entry;
        });
    }

    static List<EffortEntry> inCycle(ReviewCycle cycle) {
        return QuarkusTransaction.requiringNew().call(() ->
                EffortEntry.list("from EffortEntry e join fetch e.customer join fetch e.employee where e.cycle.id = ?1 order by e.id", cycle.id));
    }

    static BigDecimal total(ReviewCycle cycle) {
        return inCycle(cycle).stream().map(e -> e.hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
