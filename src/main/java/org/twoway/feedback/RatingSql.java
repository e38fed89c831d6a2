package org.twoway.feedback;

/**
 * The pieces of SQL that feedback/ lets another package run where it must read answers beside its own rows in one
 * pass (the report's read of a cycle's follow-ups, with the answer that opened each and the customer's next).
 * Only feedback/ names its table.
 */
public final class RatingSql {

    private RatingSql() {
    }

    /**
     * Every answer of the cycle given as the one parameter: its customer's id, when it was submitted, its id and
     * q1 + q2 + q3 (three times its s), by customer and then in the order they came in (answers of the same moment
     * in the index's order). Read from {@code ix_customer_rating_cycle_customer_time} alone, in its order: nothing
     * is sorted, which an {@code id} in the ORDER BY would have made MariaDB do.
     */
    public static String scoresByCustomerInTimeOrder() {
        return "SELECT customer_id, submitted_at, id, responsiveness + solved + promises FROM customer_rating"
                + " WHERE cycle_id = ? ORDER BY customer_id, submitted_at";
    }
}
