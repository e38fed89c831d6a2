package org.twoway.reports;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.twoway.cycles.ReviewCycle;
import org.twoway.scoring.CustomerInfo;
import org.twoway.scoring.CycleInfo;
import org.twoway.scoring.CycleInput;
import org.twoway.scoring.CycleReport;
import org.twoway.scoring.EffortHours;
import org.twoway.scoring.EmployeeInfo;
import org.twoway.scoring.EmployeeResponses;
import org.twoway.scoring.FirstContact;
import org.twoway.scoring.PainFigures;
import org.twoway.scoring.PairResponses;
import org.twoway.scoring.ProcessResponses;

/**
 * Loads what scoring needs about one cycle with a fixed handful of aggregate queries (sums and counts
 * grouped in SQL), however many employees, customers and answers the cycle holds; the pain figures
 * come as published (friction's {@code PainFigureQueries}), never from the cycle's own reports. Rows come back with
 * database ids, which are turned into the natural keys scoring speaks (emails, refs, names).
 */
@ApplicationScoped
public class CycleLoader {

    private final AgroalDataSource dataSource;
    /**
     * The two reads beside the main one. Not the worker pool (ManagedExecutor): a report is loaded on a worker
     * thread that waits for these two, so with every worker loading a report none would be left to run them.
     */
    private final ExecutorService parallel = Executors.newFixedThreadPool(2);

    CycleLoader(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Loads a cycle. The two largest reads, the answers' sums and the count of links issued (an index of
     * one entry per link), run on connections of their own while this one reads the names and sums the
     * rest, so a large cycle takes about as long as its largest read.
     */
    public CycleInput load(ReviewCycle cycle, CycleReport previous, PainFigures pain) {
        CompletableFuture<RatingSums> ratings = aside(connection -> sumRatings(connection, cycle.id));
        CompletableFuture<Long> linksIssued = aside(connection -> countLinks(connection, cycle.id));
        try (Connection connection = dataSource.getConnection()) {
            Loading loading = new Loading(connection, cycle);
            loading.loadNames();
            return loading.input(previous, pain, ratings.join(), linksIssued.join());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load cycle " + cycle.id + " for its report", e);
        } catch (CompletionException e) {
            throw new IllegalStateException("Could not load the answers and links of cycle " + cycle.id, e.getCause());
        }
    }

    private <T> CompletableFuture<T> aside(SqlWork<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return work.run(connection);
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        }, parallel);
    }

    @PreDestroy
    void stop() {
        parallel.shutdown();
    }

    /** A cycle's answers summed per employee and customer, with database ids (the database keeps the sums). */
    private record RatingSums(List<long[]> rows) {
    }

    private static RatingSums sumRatings(Connection connection, long cycleId) throws SQLException {
        List<long[]> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT employee_id, customer_id, answers, score_sum, company_sum, person, channel, escalate"
                        + " FROM answer_pair_tally WHERE cycle_id = ? AND answers > 0")) {
            statement.setLong(1, cycleId);
            statement.setFetchSize(Integer.MIN_VALUE);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    long[] row = new long[8];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = result.getLong(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return new RatingSums(rows);
    }

    private static long countLinks(Connection connection, long cycleId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM feedback_link WHERE cycle_id = ? AND revoked_at IS NULL")) {
            statement.setLong(1, cycleId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static final class Loading {

        private final Connection connection;
        private final ReviewCycle cycle;
        private final Map<Long, EmployeeInfo> employees = new HashMap<>();
        private final Map<Long, CustomerInfo> customers = new HashMap<>();
        private final Map<Long, String> teams = new HashMap<>();
        private final Map<Long, String> processes = new HashMap<>();
        private final Map<Long, EmployeeInfo> allEmployees = new HashMap<>();
        private final Map<Long, CustomerInfo> allCustomers = new HashMap<>();
        private final List<Long> activeEmployees = new ArrayList<>();
        private final List<Long> activeCustomers = new ArrayList<>();

        Loading(Connection connection, ReviewCycle cycle) {
            this.connection = connection;
            this.cycle = cycle;
        }

        CycleInput input(CycleReport previous, PainFigures pain, RatingSums ratings, long linksIssued)
                throws SQLException {
            List<ProcessResponses> byProcess = new ArrayList<>();
            query("SELECT process_id, SUM(answers), SUM(score_sum) FROM answer_process_tally"
                    + " WHERE cycle_id = ? GROUP BY process_id HAVING SUM(answers) > 0", rows -> byProcess.add(
                            new ProcessResponses(processes.get(rows.getLong(1)), rows.getLong(2), rows.getLong(3))));
            List<EffortHours> effort = new ArrayList<>();
            query("SELECT employee_id, customer_id, SUM(hours) FROM effort_entry WHERE cycle_id = ?"
                    + " GROUP BY employee_id, customer_id", rows -> effort.add(
                            new EffortHours(employee(rows.getLong(1)), customer(rows.getLong(2)), rows.getDouble(3))));
            List<PairResponses> byPair = new ArrayList<>(ratings.rows().size());
            Map<Long, long[]> byEmployee = new HashMap<>();
            for (long[] row : ratings.rows()) {
                byPair.add(new PairResponses(customer(row[1]), employee(row[0]), row[2], row[3], row[4]));
                long[] sums = byEmployee.computeIfAbsent(row[0], id -> new long[6]);
                for (int i = 0; i < sums.length; i++) {
                    sums[i] += row[2 + i];
                }
            }
            CycleInfo info = new CycleInfo(cycle.id, cycle.name, cycle.state.name(), cycle.startsOn, cycle.endsOn);
            return new CycleInput(info, linksIssued, List.copyOf(employees.values()), List.copyOf(customers.values()),
                    groupNames("team"), groupNames("business_process"),
                    employeeResponses(byEmployee), byPair, byProcess, effort, pain, previous);
        }

        /** Names of everyone and everything; {@link #employee} and {@link #customer} list those the report shows. */
        private void loadNames() throws SQLException {
            query("SELECT id, name FROM team", rows -> teams.put(rows.getLong(1), rows.getString(2)));
            query("SELECT id, name FROM business_process", rows -> processes.put(rows.getLong(1), rows.getString(2)));
            query("SELECT id, email, name, team_id, active FROM employee", rows -> {
                allEmployees.put(rows.getLong(1), new EmployeeInfo(rows.getString(2), rows.getString(3),
                        teams.get(rows.getLong(4))));
                if (rows.getBoolean(5)) {
                    activeEmployees.add(rows.getLong(1));
                }
            });
            query("SELECT x.id, x.ref, x.name, t.name, t.entitled_hours, x.active FROM customer x"
                    + " JOIN service_tier t ON t.id = x.tier_id", rows -> {
                        allCustomers.put(rows.getLong(1), new CustomerInfo(rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getDouble(5)));
                        if (rows.getBoolean(6)) {
                            activeCustomers.add(rows.getLong(1));
                        }
                    });
            if (cycle.isOpen()) {
                activeEmployees.forEach(id -> employees.put(id, allEmployees.get(id)));
                activeCustomers.forEach(id -> customers.put(id, allCustomers.get(id)));
            }
        }

        private List<EmployeeResponses> employeeResponses(Map<Long, long[]> byEmployee) {
            List<EmployeeResponses> list = new ArrayList<>(byEmployee.size());
            byEmployee.forEach((id, s) -> list.add(new EmployeeResponses(employee(id), s[0], s[1], s[2],
                    new FirstContact(s[3], s[4], s[5]))));
            return list;
        }

        /** Active groups while the cycle is open, plus those named by the cycle's data (scoring adds those itself). */
        private List<String> groupNames(String table) throws SQLException {
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

        /** The report lists the people and customers with data in the cycle, and while it is open, every active one. */
        private String employee(long id) {
            return employees.computeIfAbsent(id, allEmployees::get).email();
        }

        private String customer(long id) {
            return customers.computeIfAbsent(id, allCustomers::get).ref();
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
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    private interface RowHandler {
        void handle(ResultSet rows) throws SQLException;
    }
}
