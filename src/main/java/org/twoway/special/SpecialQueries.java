package org.twoway.special;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.twoway.system.SqlRows;

/**
 * A cycle's special situations as the report counts them (scoring.md, "Closing the loop"), set-based: those that
 * are not declined, summed per customer and promiser in SQL. Ids, not names: the report puts them together with
 * the other features' names. And one customer's, for its page in the report.
 */
public final class SpecialQueries {

    /**
     * One customer's special situations promised by one person.
     *
     * @param promisedById the employee who promised them, or null for HR
     * @param hours        their estimated hours
     */
    public record Promised(long customerId, Long promisedById, long count, BigDecimal hours) {
    }

    private static final String CYCLE = "SELECT customer_id, promised_by, COUNT(*), SUM(estimated_hours)"
            + " FROM special_situation WHERE cycle_id = ? AND (decision IS NULL OR decision <> 'DECLINED')"
            + " GROUP BY customer_id, promised_by";

    private SpecialQueries() {
    }

    public static List<Promised> notDeclined(Connection connection, long cycleId) throws SQLException {
        List<Promised> rows = new ArrayList<>();
        SqlRows.stream(connection, CYCLE, row -> rows.add(new Promised(row.getLong(1), row.getObject(2, Long.class),
                row.getLong(3), row.getBigDecimal(4))), cycleId);
        return rows;
    }

    /** A customer's special situations in a cycle, the declined ones too, in the order they were recorded. */
    public static List<SpecialSituation> ofCustomer(long cycleId, long customerId) {
        return SpecialSituation.list("from SpecialSituation s left join fetch s.promisedBy where s.cycle.id = ?1"
                + " and s.customer.id = ?2 order by s.recordedAt, s.id", cycleId, customerId);
    }
}
