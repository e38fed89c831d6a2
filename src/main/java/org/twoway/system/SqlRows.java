package org.twoway.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The one style of the report's set-based reads: a prepared statement whose parameters are ids, its rows streamed
 * to a handler one at a time (Connector/J streams with a fetch size of {@link Integer#MIN_VALUE}), so that a cycle
 * of a million answers is read without holding its result set in memory.
 */
public final class SqlRows {

    /** Reads one row. */
    @FunctionalInterface
    public interface Row {
        void read(ResultSet row) throws SQLException;
    }

    private SqlRows() {
    }

    public static void stream(Connection connection, String sql, Row row, long... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setLong(i + 1, parameters[i]);
            }
            statement.setFetchSize(Integer.MIN_VALUE);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    row.read(rows);
                }
            }
        }
    }
}
