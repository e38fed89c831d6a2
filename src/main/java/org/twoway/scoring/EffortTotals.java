package org.twoway.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The effort of a cycle summed per employee, H(e), and per customer, H(c). Hours are doubles, so
 * each sum runs in key order (H(c) by employee email, H(e) by customer ref): the same entries in
 * any order give the same bits.
 */
final class EffortTotals {

    private static final Comparator<EffortHours> BY_EMPLOYEE = Comparator.comparing(EffortHours::employee);

    /** One customer's or one employee's effort: the entries, in key order of the other side, and their sum. */
    private static final class Effort {
        private final List<EffortHours> entries = new ArrayList<>();
        private double hours;
    }

    private static final Effort NONE = new Effort();

    private final Map<String, Effort> customers = new HashMap<>();
    private final Map<String, Effort> employees = new HashMap<>();

    /** @param refs every customer's ref, in key order; effort on any other customer is refused */
    EffortTotals(List<EffortHours> effort, Set<String> refs) {
        for (EffortHours entry : effort) {
            customers.computeIfAbsent(entry.customer(), ref -> new Effort()).entries.add(entry);
        }
        for (String ref : customers.keySet()) {
            if (!refs.contains(ref)) {
                throw new IllegalArgumentException("customer " + ref + " is not among the cycle's customers");
            }
        }
        for (String ref : refs) {
            Effort customer = customers.get(ref);
            if (customer == null) {
                continue;
            }
            customer.entries.sort(BY_EMPLOYEE);
            String previousEmployee = null;
            for (EffortHours entry : customer.entries) {
                if (entry.employee().equals(previousEmployee)) {
                    throw new IllegalArgumentException(
                            "effort of " + entry.employee() + " on " + ref + " is given twice");
                }
                previousEmployee = entry.employee();
                customer.hours += entry.hours();
                Effort employee = employees.computeIfAbsent(entry.employee(), email -> new Effort());
                employee.entries.add(entry);
                employee.hours += entry.hours();
            }
        }
    }

    /** H(c). */
    double ofCustomer(String ref) {
        return customers.getOrDefault(ref, NONE).hours;
    }

    /** H(e). */
    double ofEmployee(String email) {
        return employees.getOrDefault(email, NONE).hours;
    }

    /** The employees who worked on a customer, by email. */
    List<EffortHours> onCustomer(String ref) {
        return customers.getOrDefault(ref, NONE).entries;
    }

    /** The customers an employee worked on, by ref. */
    List<EffortHours> byEmployee(String email) {
        return employees.getOrDefault(email, NONE).entries;
    }

    Set<String> employees() {
        return employees.keySet();
    }
}
