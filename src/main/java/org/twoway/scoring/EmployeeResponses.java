package org.twoway.scoring;

import java.util.Objects;

/**
 * All of the cycle's responses about one employee, summed by the database.
 *
 * @param employee     the employee's email
 * @param responses    n(e), how many responses
 * @param sumQ123      the sum of q1 + q2 + q3 over those responses (so the sum of s(r) is sumQ123 / 3)
 * @param sumQ4        the sum of q4, the company score
 * @param firstContact the q5 answers counted; they add up to {@code responses}
 */
public record EmployeeResponses(String employee, long responses, long sumQ123, long sumQ4, FirstContact firstContact) {

    public EmployeeResponses {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(firstContact, "firstContact");
        Answers.checkSums(() -> "responses about " + employee, responses, sumQ123, sumQ4);
        if (firstContact.total() != responses) {
            throw new IllegalArgumentException(
                    "first-contact answers about " + employee + " must add up to " + responses + " responses");
        }
    }
}
