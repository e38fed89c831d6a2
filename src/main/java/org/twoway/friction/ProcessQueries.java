package org.twoway.friction;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.twoway.system.SqlRows;

/** Every process, by id, as the report reads them (set-based; see {@link SqlRows}). */
public final class ProcessQueries {

    private ProcessQueries() {
    }

    /** Every process's name by id, active or not. */
    public static Map<Long, String> names(Connection connection) throws SQLException {
        Map<Long, String> names = new HashMap<>();
        SqlRows.stream(connection, "SELECT id, name FROM business_process", row -> names.put(row.getLong(1), row.getString(2)));
        return names;
    }

    public static List<String> activeNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        SqlRows.stream(connection, "SELECT name FROM business_process WHERE active", row -> names.add(row.getString(1)));
        return names;
    }
}
