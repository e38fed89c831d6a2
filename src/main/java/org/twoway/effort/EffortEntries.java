package org.twoway.effort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.twoway.customers.Customer;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Employee;
import org.twoway.system.Refusal;

/** An employee's own effort entries: added, changed and deleted while the cycle is open. */
@ApplicationScoped
public class EffortEntries {

    @Transactional
    public EffortEntry add(long employeeId, long cycleId, EffortInput input) {
        EffortEntry entry = new EffortEntry();
        entry.cycle = ReviewCycle.requireOpen(cycleId, "effort is frozen");
        entry.employee = Employee.findById(employeeId);
        entry.customer = activeCustomer(input.customer());
        entry.hours = input.hours();
        entry.source = EffortEntry.FORM;
        entry.createdAt = Instant.now();
        entry.persist();
        return entry;
    }

    @Transactional
    public EffortEntry edit(long employeeId, long entryId, EffortInput input) {
        EffortEntry entry = editable(employeeId, entryId);
        if (!entry.customer.ref.equalsIgnoreCase(input.customer())) {
            entry.customer = activeCustomer(input.customer());
        }
        entry.hours = input.hours();
        return entry;
    }

    @Transactional
    public EffortEntry delete(long employeeId, long entryId) {
        EffortEntry entry = editable(employeeId, entryId);
        entry.delete();
        return entry;
    }

    /** One of the employee's own entries; anyone else's is as unknown as a missing one. */
    public EffortEntry own(long employeeId, long entryId) {
        return Optional.ofNullable(EffortEntry.<EffortEntry>findById(entryId))
                .filter(e -> e.employee.id == employeeId)
                .orElseThrow(() -> Refusal.notFound("You have no effort entry " + entryId + "."));
    }

    /** The cycle, if it is open: 404 for an unknown one, 409 for a draft or closed one. */

    private EffortEntry editable(long employeeId, long entryId) {
        EffortEntry entry = own(employeeId, entryId);
        ReviewCycle.requireOpen(entry.cycle.id, "effort is frozen");
        if (!EffortEntry.FORM.equals(entry.source)) {
            throw Refusal.wrongState("This entry came from an import; ask HR to correct it.");
        }
        return entry;
    }

    private static Customer activeCustomer(String ref) {
        return Customer.findByRef(ref).filter(c -> c.active)
                .orElseThrow(() -> Refusal.invalid("customer", "Choose one of the customers in the list."));
    }
}
