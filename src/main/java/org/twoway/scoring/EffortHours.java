package org.twoway.scoring;

import java.util.Objects;

/** h(e,c): the hours one employee spent on one customer in the cycle, summed by the database. */
public record EffortHours(String employee, String customer, double hours) {

    public EffortHours {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(customer, "customer");
        if (!(hours > 0) || Double.isInfinite(hours)) {
            throw new IllegalArgumentException("hours of " + employee + " on " + customer + " must be more than 0");
        }
    }
}
