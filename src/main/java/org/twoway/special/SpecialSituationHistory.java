package org.twoway.special;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Special situations written as they happened (how the demo company gets them, in its closed cycles too): the
 * promise, and HR's decision if one was taken. Plain JDBC on the caller's connection, inside the caller's transaction.
 */
public final class SpecialSituationHistory {

    /** A promise: {@code promisedBy} null when HR itself promised it, {@code followUpId} when agreed in a follow-up. */
    public record Promise(long cycleId, long customerId, String what, BigDecimal hours, Long promisedBy, Long followUpId,
            long recordedBy, Instant recordedAt) {
    }

    /** HR's decision on it. */
    public record Verdict(Decision decision, String reason, long decidedBy, Instant decidedAt) {
    }

    private SpecialSituationHistory() {
    }

    /** Writes the promise and, unless {@code verdict} is null, its decision. */
    public static void write(Connection connection, Promise promise, Verdict verdict) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO special_situation (cycle_id, customer_id, what, estimated_hours, promised_by, follow_up_id,"
                        + " recorded_by, recorded_at, decision, reason, decided_by, decided_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, promise.cycleId());
            insert.setLong(2, promise.customerId());
            insert.setString(3, promise.what());
            insert.setBigDecimal(4, promise.hours());
            insert.setObject(5, promise.promisedBy());
            insert.setObject(6, promise.followUpId());
            insert.setLong(7, promise.recordedBy());
            insert.setTimestamp(8, Timestamp.from(promise.recordedAt()));
            insert.setString(9, verdict == null ? null : verdict.decision().name());
            insert.setString(10, verdict == null ? null : verdict.reason());
            insert.setObject(11, verdict == null ? null : verdict.decidedBy());
            insert.setTimestamp(12, verdict == null ? null : Timestamp.from(verdict.decidedAt()));
            insert.executeUpdate();
        }
    }
}
