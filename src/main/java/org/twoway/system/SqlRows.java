package org.twoway.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** The first column (an id) to the second (a name) of every row. */
    public static Map<Long, String> namesById(Connection connection, String sql) throws SQLException {
        Map<Long, String> names = new HashMap<>();
        stream(connection, sql, row -> names.put(row.getLong(1), row.getString(2)));
        return names;
    }

    /** The first column of every row. */
    public static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> strings = new ArrayList<>();
        stream(connection, sql, row -> strings.add(row.getString(1)));
        return strings;
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
