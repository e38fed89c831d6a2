package org.twoway.scoring;

import java.util.Objects;

/**
 * The cycle's responses of one customer about one employee, summed by the database: one per
 * customer and employee.
 *
 * @param customer  the customer's ref
 * @param employee  the employee's email
 * @param responses how many responses
 * @param sumQ123   the sum of q1 + q2 + q3
 * @param sumQ4     the sum of q4
 */
public record PairResponses(String customer, String employee, long responses, long sumQ123, long sumQ4) {

    public PairResponses {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(employee, "employee");
        Answers.checkSums(() -> "responses of " + customer + " about " + employee, responses, sumQ123, sumQ4);
    }
}
