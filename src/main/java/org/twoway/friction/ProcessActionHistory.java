package org.twoway.friction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Process actions written as they happened (how the demo company gets them, in its closed cycles too): recorded,
 * perhaps started, perhaps done. Plain JDBC on the caller's connection, inside the caller's transaction.
 */
public final class ProcessActionHistory {

    /** An action; its state follows from {@code startedAt} and {@code doneAt}, either null when it did not get there. */
    public record Entry(long cycleId, long processId, String what, String carriedBy, LocalDate due, long recordedBy,
            Instant recordedAt, Instant startedAt, Instant doneAt) {

        ActionState state() {
            return doneAt != null ? ActionState.DONE : startedAt != null ? ActionState.IN_PROGRESS : ActionState.PLANNED;
        }
    }

    private ProcessActionHistory() {
    }

    public static void write(Connection connection, Entry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO process_action (cycle_id, process_id, what, carried_by, due_on, state, recorded_by, recorded_at,"
                        + " started_at, done_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, entry.cycleId());
            insert.setLong(2, entry.processId());
            insert.setString(3, entry.what());
            insert.setString(4, entry.carriedBy());
            insert.setObject(5, entry.due());
            insert.setString(6, entry.state().name());
            insert.setLong(7, entry.recordedBy());
            insert.setTimestamp(8, Timestamp.from(entry.recordedAt()));
            insert.setTimestamp(9, entry.startedAt() == null ? null : Timestamp.from(entry.startedAt()));
            insert.setTimestamp(10, entry.doneAt() == null ? null : Timestamp.from(entry.doneAt()));
            insert.executeUpdate();
        }
    }
}
