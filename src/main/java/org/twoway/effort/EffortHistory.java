package org.twoway.effort;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Effort of an earlier cycle, written as it was recorded then (its cycle may be closed since): how the demo
 * company gets its history. Plain JDBC on the caller's connection, inside the caller's transaction.
 */
public final class EffortHistory {

    /** Hours an employee spent on a customer in a cycle, imported at {@code recordedAt}. */
    public record Entry(long cycleId, long employeeId, long customerId, BigDecimal hours, Instant recordedAt) {
    }

    private EffortHistory() {
    }

    public static void write(Connection connection, Entry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO effort_entry (cycle_id, employee_id, customer_id, hours, source, created_at)"
                        + " VALUES (?, ?, ?, ?, 'import', ?)")) {
            insert.setLong(1, entry.cycleId());
            insert.setLong(2, entry.employeeId());
            insert.setLong(3, entry.customerId());
            insert.setBigDecimal(4, entry.hours());
            insert.setTimestamp(5, Timestamp.from(entry.recordedAt()));
            insert.executeUpdate();
        }
    }
}
