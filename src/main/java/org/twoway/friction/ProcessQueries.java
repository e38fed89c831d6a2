package org.twoway.friction;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.twoway.system.SqlRows;

/** Every process, by id, as the report reads them (set-based; see {@link SqlRows}). */
public final class ProcessQueries {

    private ProcessQueries() {
    }

    /** Every process's name by id, active or not. */
    public static Map<Long, String> names(Connection connection) throws SQLException {
        return SqlRows.namesById(connection, "SELECT id, name FROM business_process");
    }

    public static List<String> activeNames(Connection connection) throws SQLException {
        return SqlRows.strings(connection, "SELECT name FROM business_process WHERE active");
    }
}
