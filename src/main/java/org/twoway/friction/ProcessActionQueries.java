package org.twoway.friction;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.twoway.system.SqlRows;

/** The processes that HR answered with an action, as the report reads them (set-based; see {@link SqlRows}). */
public final class ProcessActionQueries {

    private ProcessActionQueries() {
    }

    /** The ids of the processes with an action recorded in any of the cycles given. */
    public static Set<Long> actedOn(Connection connection, long... cycleIds) throws SQLException {
        Set<Long> processes = new HashSet<>();
        if (cycleIds.length > 0) {
            String in = String.join(", ", Collections.nCopies(cycleIds.length, "?"));
            SqlRows.stream(connection, "SELECT DISTINCT process_id FROM process_action WHERE cycle_id IN (" + in + ")",
                    row -> processes.add(row.getLong(1)), cycleIds);
        }
        return processes;
    }
}
