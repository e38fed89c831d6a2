package org.twoway.people;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.twoway.system.SqlRows;

/** Everyone and every team, by id, as the report reads them (set-based; see {@link SqlRows}). */
public final class PeopleQueries {

    public record Person(long id, String email, String name, long teamId, boolean active) {
    }

    private PeopleQueries() {
    }

    /** Every team's name by id, active or not. */
    public static Map<Long, String> teamNames(Connection connection) throws SQLException {
        return SqlRows.namesById(connection, "SELECT id, name FROM team");
    }

    public static List<String> activeTeamNames(Connection connection) throws SQLException {
        return SqlRows.strings(connection, "SELECT name FROM team WHERE active");
    }

    /** Every employee, active or not. */
    public static List<Person> everyone(Connection connection) throws SQLException {
        List<Person> people = new ArrayList<>();
        SqlRows.stream(connection, "SELECT id, email, name, team_id, active FROM employee", row -> people.add(
                new Person(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4), row.getBoolean(5))));
        return people;
    }
}
