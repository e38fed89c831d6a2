package org.twoway.customers;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.twoway.system.SqlRows;

/** Every customer with its tier's written commitment, as the report reads them (set-based; see {@link SqlRows}). */
public final class CustomerQueries {

    public record Served(long id, String ref, String name, String tier, double entitledHours, boolean active) {
    }

    private CustomerQueries() {
    }

    /** Every customer, active or not. */
    public static List<Served> everyone(Connection connection) throws SQLException {
        List<Served> customers = new ArrayList<>();
        SqlRows.stream(connection, "SELECT x.id, x.ref, x.name, t.name, t.entitled_hours, x.active FROM customer x"
                + " JOIN service_tier t ON t.id = x.tier_id", row -> customers.add(new Served(row.getLong(1),
                        row.getString(2), row.getString(3), row.getString(4), row.getDouble(5), row.getBoolean(6))));
        return customers;
    }
}
