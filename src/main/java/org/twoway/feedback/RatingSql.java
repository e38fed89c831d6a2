package org.twoway.feedback;

/**
 * The pieces of SQL that feedback/ lets another package embed where one statement must read answers beside its
 * own rows (the report's read of a cycle's follow-ups, with the answer that opened each and the customer's next).
 * Only feedback/ names its table; a caller names the alias and its own columns that hold the ids and times.
 */
public final class RatingSql {

    private RatingSql() {
    }

    /** Joins the answer whose id is in {@code ratingIdColumn}, as {@code alias}; none where that is NULL. */
    public static String leftJoin(String alias, String ratingIdColumn) {
        return "LEFT JOIN customer_rating " + alias + " ON " + alias + ".id = " + ratingIdColumn;
    }

    /** q1 + q2 + q3 of the answer joined as {@code alias}: three times its s. */
    public static String scoreSum(String alias) {
        return alias + ".responsiveness + " + alias + ".solved + " + alias + ".promises";
    }

    /**
     * q1 + q2 + q3 of the first answer of the customer in {@code customerIdColumn}, in the cycle in
     * {@code cycleIdColumn}, submitted after the time in {@code afterColumn}; NULL when there is none or that time
     * is NULL. One index range read per row: {@code ix_customer_rating_cycle_customer_time}.
     */
    public static String firstScoreSumAfter(String cycleIdColumn, String customerIdColumn, String afterColumn) {
        return "(SELECT " + scoreSum("n") + " FROM customer_rating n WHERE n.cycle_id = " + cycleIdColumn
                + " AND n.customer_id = " + customerIdColumn + " AND n.submitted_at > " + afterColumn
                + " ORDER BY n.submitted_at, n.id LIMIT 1)";
    }
}
