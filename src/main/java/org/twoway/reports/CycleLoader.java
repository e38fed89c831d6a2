package org.twoway.reports;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.twoway.cycles.ReviewCycle;
import org.twoway.scoring.CustomerInfo;
import org.twoway.scoring.CycleInfo;
import org.twoway.scoring.CycleInput;
import org.twoway.scoring.CycleReport;
import org.twoway.scoring.EffortHours;
import org.twoway.scoring.EmployeeInfo;
import org.twoway.scoring.EmployeeResponses;
import org.twoway.scoring.FirstContact;
import org.twoway.scoring.PainReportSummary;
import org.twoway.scoring.PairResponses;
import org.twoway.scoring.ProcessResponses;

/**
 * Loads what scoring needs about one cycle with a fixed handful of aggregate queries (sums and counts
 * grouped in SQL), however many employees, customers and answers the cycle holds. Rows come back with
 * database ids, which are turned into the natural keys scoring speaks (emails, refs, names).
 */
@ApplicationScoped
public class CycleLoader {

    private final AgroalDataSource dataSource;

    CycleLoader(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public CycleInput load(ReviewCycle cycle, CycleReport previous) {
        try (Connection connection = dataSource.getConnection()) {
            return new Loading(connection, cycle).input(previous);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load cycle " + cycle.id + " for its report", e);
        }
    }

    private static final class Loading {

        private final Connection connection;
        private final ReviewCycle cycle;
        private final Map<Long, EmployeeInfo> employees = new HashMap<>();
        private final Map<Long, CustomerInfo> customers = new HashMap<>();
        private final Map<Long, String> teams = new HashMap<>();
        private final Map<Long, String> processes = new HashMap<>();

        Loading(Connection connection, ReviewCycle cycle) {
            this.connection = connection;
            this.cycle = cycle;
        }

        CycleInput input(CycleReport previous) throws SQLException {
            loadNames();
            List<EmployeeResponses> byEmployee = new ArrayList<>();
            List<PairResponses> byPair = new ArrayList<>();
            query("SELECT employee_id, COUNT(*), SUM(responsiveness + solved + promises), SUM(company),"
                    + " SUM(first_contact = 'PERSON'), SUM(first_contact = 'CHANNEL'), SUM(first_contact = 'ESCALATE')"
                    + " FROM customer_rating WHERE cycle_id = ? GROUP BY employee_id", rows -> byEmployee.add(
                            new EmployeeResponses(employee(rows.getLong(1)), rows.getLong(2), rows.getLong(3),
                                    rows.getLong(4), new FirstContact(rows.getLong(5), rows.getLong(6), rows.getLong(7)))));
            query("SELECT customer_id, employee_id, COUNT(*), SUM(responsiveness + solved + promises), SUM(company)"
                    + " FROM customer_rating WHERE cycle_id = ? GROUP BY customer_id, employee_id", rows -> byPair.add(
                            new PairResponses(customer(rows.getLong(1)), employee(rows.getLong(2)), rows.getLong(3),
                                    rows.getLong(4), rows.getLong(5))));
            List<ProcessResponses> byProcess = new ArrayList<>();
            query("SELECT process_id, COUNT(*), SUM(responsiveness + solved + promises) FROM customer_rating"
                    + " WHERE cycle_id = ? AND process_id IS NOT NULL GROUP BY process_id", rows -> byProcess.add(
                            new ProcessResponses(processes.get(rows.getLong(1)), rows.getLong(2), rows.getLong(3))));
            List<EffortHours> effort = new ArrayList<>();
            query("SELECT employee_id, customer_id, SUM(hours) FROM effort_entry WHERE cycle_id = ?"
                    + " GROUP BY employee_id, customer_id", rows -> effort.add(
                            new EffortHours(employee(rows.getLong(1)), customer(rows.getLong(2)), rows.getDouble(3))));
            List<PainReportSummary> pain = new ArrayList<>();
            query("SELECT reporter_key, team_id, process_id, time_wasted + tools + handoffs + rules + customer_pressure"
                    + " FROM pain_report WHERE cycle_id = ?", rows -> pain.add(new PainReportSummary(
                            rows.getString(1), teams.get(rows.getLong(2)), processes.get(rows.getLong(3)), rows.getInt(4))));
            long[] linksIssued = new long[1];
            query("SELECT COUNT(*) FROM feedback_link WHERE cycle_id = ? AND revoked_at IS NULL",
                    rows -> linksIssued[0] = rows.getLong(1));
            CycleInfo info = new CycleInfo(cycle.id, cycle.name, cycle.state.name(), cycle.startsOn, cycle.endsOn);
            return new CycleInput(info, linksIssued[0], List.copyOf(employees.values()), List.copyOf(customers.values()),
                    groupNames(teams, "team"), groupNames(processes, "business_process"),
                    byEmployee, byPair, byProcess, effort, pain, previous);
        }

        /**
         * The people, customers, teams and processes the report lists: those with data in the cycle,
         * and, while the cycle is open, every active one (so that missing data shows as missing).
         */
        private void loadNames() throws SQLException {
            String activeToo = cycle.isOpen() ? " OR x.active" : "";
            query("SELECT id, name FROM team", rows -> teams.put(rows.getLong(1), rows.getString(2)));
            query("SELECT id, name FROM business_process", rows -> processes.put(rows.getLong(1), rows.getString(2)));
            query("SELECT x.id, x.email, x.name, x.team_id FROM employee x WHERE (x.id IN"
                    + " (SELECT employee_id FROM customer_rating WHERE cycle_id = ?) OR x.id IN"
                    + " (SELECT employee_id FROM effort_entry WHERE cycle_id = ?)" + activeToo + ")",
                    rows -> employees.put(rows.getLong(1),
                            new EmployeeInfo(rows.getString(2), rows.getString(3), teams.get(rows.getLong(4)))));
            query("SELECT x.id, x.ref, x.name, t.name, t.entitled_hours FROM customer x JOIN service_tier t"
                    + " ON t.id = x.tier_id WHERE (x.id IN (SELECT customer_id FROM customer_rating WHERE cycle_id = ?)"
                    + " OR x.id IN (SELECT customer_id FROM effort_entry WHERE cycle_id = ?)" + activeToo + ")",
                    rows -> customers.put(rows.getLong(1), new CustomerInfo(rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getDouble(5))));
        }

        /** Active groups while the cycle is open, plus those named by the cycle's data (scoring adds those itself). */
        private List<String> groupNames(Map<Long, String> all, String table) throws SQLException {
            TreeSet<String> names = new TreeSet<>();
            if (cycle.isOpen()) {
                try (PreparedStatement statement = connection.prepareStatement("SELECT name FROM " + table + " WHERE active");
                        ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        names.add(rows.getString(1));
                    }
                }
            }
            if (table.equals("team")) {
                employees.values().forEach(e -> names.add(e.team()));
            }
            return List.copyOf(names);
        }

        private String employee(long id) {
            return employees.get(id).email();
        }

        private String customer(long id) {
            return customers.get(id).ref();
        }

        /** Runs a query whose every parameter is this cycle's id, streaming its rows to the handler. */
        private void query(String sql, RowHandler handler) throws SQLException {
            long parameters = sql.chars().filter(c -> c == '?').count();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 1; i <= parameters; i++) {
                    statement.setLong(i, cycle.id);
                }
                statement.setFetchSize(Integer.MIN_VALUE);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        handler.handle(rows);
                    }
                }
            }
        }
    }

    @FunctionalInterface
    private interface RowHandler {
        void handle(ResultSet rows) throws SQLException;
    }
}
