import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Random;
import java.util.StringJoiner;

/**
 * Generates benchmark cycles straight into a Twoway database with multi-row INSERTs (no API calls).
 * Usage: java -cp mysql-connector-j.jar BenchData.java JDBC_URL NAME:SCALE [NAME:SCALE ...]
 * Scale 1.0 is the scoring issue's size: 1,000 employees, 20,000 customers, 1,000,000 answered
 * feedback links, 200,000 effort entries and 20,000 pain reports. Each cycle uses the first
 * SCALE share of the employees and customers, which are created once for the largest scale.
 * The schema must exist (start the app once against the database first).
 */
public class BenchData {

    static final int EMPLOYEES = 1_000, CUSTOMERS = 20_000, RATINGS = 1_000_000, EFFORT = 200_000, PAIN = 20_000;
    static final int TEAMS = 20, PROCESSES = 25, CHUNK = 2_000;

    public static void main(String[] args) throws Exception {
        try (Connection db = DriverManager.getConnection(args[0], "root", "")) {
            db.setAutoCommit(false);
            double largest = 0;
            for (int i = 1; i < args.length; i++) {
                largest = Math.max(largest, Double.parseDouble(args[i].split(":")[1]));
            }
            long started = System.nanoTime();
            MasterData master = MasterData.create(db, largest);
            for (int i = 1; i < args.length; i++) {
                String[] cycle = args[i].split(":");
                new CycleData(db, master, cycle[0], Double.parseDouble(cycle[1]), i).write();
            }
            System.out.printf("generated in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
    }

    record MasterData(long firstTeam, long firstEmployee, long firstCustomer, long firstProcess, int employees, int customers) {

        static MasterData create(Connection db, double scale) throws SQLException {
            int employees = (int) Math.round(EMPLOYEES * scale), customers = (int) Math.round(CUSTOMERS * scale);
            long team = nextId(db, "team"), employee = nextId(db, "employee"), customer = nextId(db, "customer");
            long process = nextId(db, "business_process"), tier = nextId(db, "service_tier");
            String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
            Rows rows = new Rows(db, "team (id, name)");
            for (int t = 0; t < TEAMS; t++) rows.add((team + t) + ", 'Bench team " + run + "-" + t + "'");
            rows.flush();
            rows = new Rows(db, "service_tier (id, name, entitled_hours, description)");
            for (int t = 0; t < 3; t++) rows.add((tier + t) + ", 'Bench tier " + run + "-" + t + "', " + (10 << t) + ", ''");
            rows.flush();
            rows = new Rows(db, "business_process (id, name)");
            for (int p = 0; p < PROCESSES; p++) rows.add((process + p) + ", 'Bench process " + run + "-" + p + "'");
            rows.flush();
            rows = new Rows(db, "employee (id, email, name, team_id)");
            for (int e = 0; e < employees; e++) {
                rows.add((employee + e) + ", 'bench" + run + "-" + e + "@bench.example', 'Bench Employee " + e + "', " + (team + e % TEAMS));
            }
            rows.flush();
            rows = new Rows(db, "customer (id, ref, name, tier_id)");
            for (int c = 0; c < customers; c++) {
                rows.add((customer + c) + ", 'B" + run + "-" + c + "', 'Bench Customer " + c + "', " + (tier + c % 3));
            }
            rows.flush();
            db.commit();
            return new MasterData(team, employee, customer, process, employees, customers);
        }
    }

    static final class CycleData {
        final Connection db; final MasterData master; final String name; final double scale; final Random random;
        final int employees, customers;

        CycleData(Connection db, MasterData master, String name, double scale, int seed) {
            this.db = db; this.master = master; this.name = name; this.scale = scale; this.random = new Random(seed);
            this.employees = Math.max(10, (int) Math.round(EMPLOYEES * scale));
            this.customers = Math.max(10, (int) Math.round(CUSTOMERS * scale));
        }

        /** The employee who serves customer c as its k-th contact (three per customer, the first most). */
        long servedBy(int c, int k) {
            return master.firstEmployee() + (c * 7L + k * 13L) % employees;
        }

        void write() throws Exception {
            long cycle = nextId(db, "review_cycle");
            try (Statement s = db.createStatement()) {
                s.executeUpdate("INSERT INTO review_cycle (id, name, starts_on, ends_on, state, opened_at, closed_at) VALUES ("
                        + cycle + ", '" + name + "', '2025-01-01', '2025-03-31', 'closed', '2025-01-01', '2025-04-01')");
            }
            long link = nextId(db, "feedback_link");
            int ratings = (int) Math.round(RATINGS * scale);
            Rows links = new Rows(db, "feedback_link (id, cycle_id, customer_id, employee_id, process_id, token_hash, expires_at, send_state, sent_at, used_at)");
            Rows answers = new Rows(db, "customer_rating (link_id, cycle_id, customer_id, employee_id, process_id, responsiveness, solved, promises, company, first_contact)");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String[] contacts = {"PERSON", "CHANNEL", "ESCALATE"};
            for (int r = 0; r < ratings; r++) {
                int c = random.nextInt(customers);
                long employee = servedBy(c, random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(2));
                String process = random.nextInt(3) == 0 ? "NULL" : Long.toString(master.firstProcess() + random.nextInt(PROCESSES));
                String hash = HexFormat.of().formatHex(sha.digest((name + ":" + r).getBytes(StandardCharsets.UTF_8)));
                long id = link + r;
                links.add(id + ", " + cycle + ", " + (master.firstCustomer() + c) + ", " + employee + ", " + process + ", '" + hash
                        + "', '2025-04-01', 'sent', '2025-01-10', '2025-01-20'");
                answers.add(id + ", " + cycle + ", " + (master.firstCustomer() + c) + ", " + employee + ", " + process + ", "
                        + answer() + ", " + answer() + ", " + answer() + ", " + answer() + ", '" + contacts[random.nextInt(3)] + "'");
            }
            links.flush();
            answers.flush();
            Rows effort = new Rows(db, "effort_entry (cycle_id, employee_id, customer_id, hours, source)");
            for (int e = 0, n = (int) Math.round(EFFORT * scale); e < n; e++) {
                int c = random.nextInt(customers);
                effort.add(cycle + ", " + servedBy(c, random.nextInt(3)) + ", " + (master.firstCustomer() + c) + ", "
                        + (1 + random.nextInt(16)) / 4.0 + ", 'import'");
            }
            effort.flush();
            Rows pain = new Rows(db, "pain_report (cycle_id, process_id, team_id, reporter_key, time_wasted, tools, handoffs, rules, customer_pressure, hours_lost_per_week, anonymous)");
            int reports = (int) Math.round(PAIN * scale), perEmployee = Math.max(1, Math.min(PROCESSES, reports / employees));
            for (int p = 0; p < reports; p++) {
                int e = (p / perEmployee) % employees;
                int process = p % perEmployee;
                String key = HexFormat.of().formatHex(sha.digest((name + ":pain:" + e).getBytes(StandardCharsets.UTF_8)));
                pain.add(cycle + ", " + (master.firstProcess() + process) + ", " + (master.firstTeam() + e % TEAMS) + ", '" + key
                        + "', " + answer() + ", " + answer() + ", " + answer() + ", " + answer() + ", " + answer() + ", "
                        + random.nextInt(10) + ", TRUE");
            }
            pain.flush();
            db.commit();
            System.out.printf("cycle %s (id %d): %d employees, %d customers, %d ratings, %d effort entries, %d pain reports%n",
                    name, cycle, employees, customers, ratings, Math.round(EFFORT * scale), reports);
        }

        int answer() {
            return 1 + Math.min(4, (int) Math.abs(random.nextGaussian() * 1.2 + 3));
        }
    }

    static long nextId(Connection db, String table) throws SQLException {
        try (Statement s = db.createStatement(); var rows = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Collects rows and writes them as multi-row INSERTs of {@value #CHUNK}. */
    static final class Rows {
        final Connection db; final String into; StringJoiner values; int count;

        Rows(Connection db, String into) {
            this.db = db; this.into = into; reset();
        }

        void add(String row) throws SQLException {
            values.add("(" + row + ")");
            if (++count == CHUNK) flush();
        }

        void flush() throws SQLException {
            if (count > 0) {
                try (Statement s = db.createStatement()) {
                    s.executeUpdate("INSERT INTO " + into + " VALUES " + values);
                }
            }
            reset();
        }

        void reset() {
            values = new StringJoiner(", "); count = 0;
        }
    }
}
