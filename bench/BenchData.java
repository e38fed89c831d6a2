import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;

/**
 * Writes benchmark data for an empty Twoway database as tab-separated files plus load.sql, which loads
 * them with LOAD DATA LOCAL INFILE (run it with: mariadb --local-infile=1 DB &lt; OUT/load.sql).
 * Usage: java BenchData.java OUT OPEN_LINKS NAME:SCALE [NAME:SCALE ...]
 * <p>
 * Scale 1.0 is the scoring issue's size: 1,000 employees, 20,000 customers, 1,000,000 answered feedback
 * links, 200,000 effort entries and 20,000 pain reports, in a closed cycle, with the loop's 200,000 follow-ups:
 * nine in ten opened by an answer, one in ten by a direct contact, one in a hundred unowned; contacted in time,
 * late, by someone other than the owner, or not at all, and answered again after the contact. Each closed cycle uses the
 * first SCALE share of the employees and customers, created once for the largest scale. One open cycle
 * gets OPEN_LINKS unanswered links whose tokens are written to OUT/tokens.txt, one per line; the
 * database holds only their SHA-256, as for links HR issues.
 * <p>
 * Rows are written in the order of the tables' indexes wherever possible (by customer, ids ascending),
 * so that InnoDB appends instead of scattering pages: the closed cycles' links, whose tokens nobody
 * holds, get placeholder hashes that count upwards ("ffffffff" and a counter, outside the range any
 * real token of this run hashes to), and the open cycle's links are written in the order of their
 * real hashes. Ids start at 1: the database must hold no such rows yet.
 */
public class BenchData {

    static final int EMPLOYEES = 1_000, CUSTOMERS = 20_000, RATINGS = 1_000_000, EFFORT = 200_000, PAIN = 20_000;
    /** Of the 200,000 follow-ups, those opened by an answer (one answer in about 5.6) and by a direct contact. */
    static final double ANSWER_FOLLOW_UPS = 0.18, DIRECT_CONTACTS = 0.02;
    static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final LocalDateTime CYCLE_START = LocalDateTime.of(2025, 1, 1, 0, 0), CYCLE_CLOSE = LocalDateTime.of(2025, 4, 1, 0, 0);
    static final int TEAMS = 20, TIERS = 3, PROCESSES = 25;
    static final String[] CONTACTS = {"PERSON", "CHANNEL", "ESCALATE"};

    final Path out;
    final int employees, customers;
    final StringBuilder load = new StringBuilder("SET SESSION unique_checks = 0;\nSET SESSION foreign_key_checks = 0;\n");
    long nextLink = 1, nextRating = 1, nextEffort = 1, nextFollowUp = 1;

    BenchData(Path out, double largest) {
        this.out = out;
        this.employees = (int) Math.round(EMPLOYEES * largest);
        this.customers = (int) Math.round(CUSTOMERS * largest);
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path out = Files.createDirectories(Path.of(args[0]));
        int openLinks = Integer.parseInt(args[1]);
        double largest = 0.01;
        for (int i = 2; i < args.length; i++) {
            largest = Math.max(largest, Double.parseDouble(args[i].split(":")[1]));
        }
        BenchData data = new BenchData(out, largest);
        data.masterData();
        try (Table cycles = data.table("review_cycle", "id, name, starts_on, ends_on, state, opened_at, closed_at");
                Table links = data.table("feedback_link",
                        "id, cycle_id, customer_id, employee_id, process_id, token_hash, expires_at, send_state, sent_at, used_at");
                Table ratings = data.table("customer_rating", "id, link_id, cycle_id, customer_id, employee_id, process_id,"
                        + " responsiveness, solved, promises, company, first_contact, submitted_at");
                Table effort = data.table("effort_entry", "id, cycle_id, employee_id, customer_id, hours, source");
                Table pain = data.table("pain_report", "cycle_id, process_id, team_id, report_key, time_wasted, tools,"
                        + " handoffs, rules, customer_pressure, hours_lost_per_week, anonymous, filed_on, changed_on");
                Table followUps = data.table("follow_up", "id, cycle_id, customer_id, owner_id, source, rating_id,"
                        + " answer_score_sum, later_rating_id, later_score_sum, about,"
                        + " came_via, opened_at, due_at, contacted_at, contact_channel, contact_by_other, closed_at, outcome,"
                        + " mail_state")) {
            for (int i = 2; i < args.length; i++) {
                String[] cycle = args[i].split(":");
                data.closedCycle(i - 1, cycle[0], Double.parseDouble(cycle[1]), cycles, links, ratings, effort, pain,
                        followUps);
            }
            data.openCycle(args.length - 1, openLinks, cycles, links);
        }
        data.loadScript();
        System.out.printf("data written in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    void masterData() throws IOException {
        try (Table teams = table("team", "id, name")) {
            for (int t = 1; t <= TEAMS; t++) teams.row(t, "Bench team " + t);
        }
        try (Table tiers = table("service_tier", "id, name, entitled_hours, description")) {
            for (int t = 1; t <= TIERS; t++) tiers.row(t, "Bench tier " + t, 10 << t, "");
        }
        try (Table processes = table("business_process", "id, name")) {
            for (int p = 1; p <= PROCESSES; p++) processes.row(p, "Bench process " + p);
        }
        try (Table people = table("employee", "id, email, name, team_id")) {
            for (int e = 1; e <= employees; e++) people.row(e, "bench-" + e + "@bench.example", "Bench Employee " + e, team(e));
        }
        try (Table clients = table("customer", "id, ref, name, tier_id")) {
            for (int c = 1; c <= customers; c++) clients.row(c, "B-" + c, "Bench Customer " + c, 1 + c % TIERS);
        }
    }

    static int team(int employee) {
        return 1 + employee % TEAMS;
    }

    /** The employee who serves customer c (1-based) as its k-th contact (three per customer, the first most). */
    static int servedBy(int c, int k, int employees) {
        return 1 + (int) ((c * 7L + k * 13L) % employees);
    }

    void closedCycle(long id, String name, double scale, Table cycles, Table links, Table ratings, Table effort, Table pain,
            Table followUps) throws IOException {
        Random random = new Random(id);
        int people = Math.max(10, (int) Math.round(EMPLOYEES * scale)), clients = Math.max(10, (int) Math.round(CUSTOMERS * scale));
        cycles.row(id, name, "2025-01-01", "2025-03-31", "closed", "2025-01-01 00:00:00", "2025-04-01 00:00:00");
        int total = (int) Math.round(RATINGS * scale);
        int[] perCustomer = new int[clients + 1];
        for (int r = 0; r < total; r++) perCustomer[1 + random.nextInt(clients)]++;
        long opened = 0;
        for (int c = 1; c <= clients; c++) {
            for (int r = 0; r < perCustomer[c]; r++) {
                int employee = servedBy(c, random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(2), people);
                Object process = random.nextInt(3) == 0 ? null : 1 + random.nextInt(PROCESSES);
                long link = nextLink++;
                // answered at any minute of the cycle's first 80 days, so that some come after a follow-up's contact
                LocalDateTime submitted = CYCLE_START.plusMinutes(random.nextInt(80 * 24 * 60));
                links.row(link, id, c, employee, process, String.format("ffffffff%056x", link),
                        "2025-04-01 00:00:00", "sent", "2025-01-01 00:00:00", submitted.format(SQL_TIME));
                long rating = nextRating++;
                int q1 = answer(random), q2 = answer(random), q3 = answer(random);
                ratings.row(rating, link, id, c, employee, process, q1, q2, q3, answer(random), CONTACTS[random.nextInt(3)],
                        submitted.format(SQL_TIME));
                if (random.nextDouble() < ANSWER_FOLLOW_UPS) {
                    followUp(id, c, employee, rating, q1 + q2 + q3, submitted, random, followUps);
                    opened++;
                }
            }
        }
        int direct = (int) Math.round(RATINGS * DIRECT_CONTACTS * scale);
        for (int d = 0; d < direct; d++) {
            int c = 1 + random.nextInt(clients);
            followUp(id, c, servedBy(c, 0, people), null, 0, CYCLE_START.plusMinutes(random.nextInt(89 * 24 * 60)), random,
                    followUps);
        }
        int entries = (int) Math.round(EFFORT * scale);
        for (int e = 0; e < entries; e++) {
            int c = 1 + random.nextInt(clients);
            effort.row(nextEffort++, id, servedBy(c, random.nextInt(3), people), c, (1 + random.nextInt(16)) / 4.0, "import");
        }
        int reports = (int) Math.round(PAIN * scale), perEmployee = Math.max(1, Math.min(PROCESSES, reports / people));
        MessageDigest sha = sha256();
        for (int p = 0; p < reports; p++) {
            int employee = 1 + (p / perEmployee) % people;
            int process = 1 + p % perEmployee;
            String key = HexFormat.of().formatHex(sha.digest((name + ":pain:" + employee + ":" + process)
                    .getBytes(StandardCharsets.UTF_8)));
            pain.row(id, process, team(employee), key, answer(random), answer(random), answer(random),
                    answer(random), answer(random), random.nextInt(10), 1, "2025-03-15", "2025-03-15");
        }
        System.out.printf("closed cycle %s (id %d): %d employees, %d customers, %d ratings, %d effort entries, %d pain reports,"
                + " %d follow-ups%n", name, id, people, clients, total, entries, reports, opened + direct);
    }

    /**
     * A follow-up opened at {@code opened} by an answer ({@code rating}) or, with none, a direct contact, due two days
     * later: six in ten contacted in time, two late, two not (most of those overdue when the cycle closed); of the
     * contacted, one in seven by someone other than the owner, and half closed a day after the contact. Half of the
     * contacted answers' follow-ups carry a later answer's q1 + q2 + q3, as the answer path leaves it; which answer
     * that was does not matter to the report's cost, so the opening one stands for it.
     */
    void followUp(long cycle, int customer, int owner, Long rating, int scoreSum, LocalDateTime opened, Random random,
            Table followUps) throws IOException {
        LocalDateTime due = opened.plusDays(2);
        int fate = random.nextInt(10);
        LocalDateTime contacted = fate < 6 ? opened.plusMinutes(random.nextInt(2 * 24 * 60))
                : fate < 8 ? due.plusMinutes(1 + random.nextInt(5 * 24 * 60)) : null;
        if (contacted != null && contacted.isAfter(CYCLE_CLOSE)) contacted = null;
        LocalDateTime closed = contacted != null && random.nextBoolean() ? contacted.plusDays(1) : null;
        boolean later = rating != null && contacted != null && random.nextBoolean();
        followUps.row(nextFollowUp++, cycle, customer, random.nextInt(100) == 0 ? null : owner,
                rating == null ? "DIRECT_CONTACT" : "ANSWER", rating, rating == null ? null : scoreSum,
                later ? rating : null, later ? 3 + random.nextInt(13) : null, rating == null ? "Called about an invoice" : null,
                rating == null ? "PHONE" : null, opened.format(SQL_TIME), due.format(SQL_TIME), time(contacted),
                contacted == null ? null : "PHONE", contacted == null ? null : random.nextInt(7) == 0 ? 1 : 0,
                time(closed), closed == null ? null : "RESOLVED", "sent");
    }

    static String time(LocalDateTime at) {
        return at == null ? null : at.format(SQL_TIME);
    }

    /** The open cycle's links, in the order of their tokens' hashes, and the tokens in the same order. */
    void openCycle(long id, int count, Table cycles, Table links) throws IOException {
        LocalDate today = LocalDate.now();
        cycles.row(id, "Bench open", today.minusDays(30), today.plusDays(60), "open", today.minusDays(30) + " 00:00:00", null);
        Random random = new Random(id);
        byte[] seed = new byte[16];
        random.nextBytes(seed);
        MessageDigest sha = sha256();
        String[][] tokens = new String[count][];
        for (int i = 0; i < count; i++) {
            byte[] bytes = sha.digest((HexFormat.of().formatHex(seed) + ":" + i).getBytes(StandardCharsets.UTF_8));
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            tokens[i] = new String[] {HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8))), token};
        }
        Arrays.sort(tokens, (a, b) -> a[0].compareTo(b[0]));
        String expires = today.plusDays(61) + " 00:00:00";
        try (BufferedWriter file = Files.newBufferedWriter(out.resolve("tokens.txt"))) {
            for (String[] token : tokens) {
                int c = 1 + random.nextInt(customers);
                Object process = random.nextInt(3) == 0 ? null : 1 + random.nextInt(PROCESSES);
                links.row(nextLink++, id, c, servedBy(c, random.nextInt(3), employees), process, token[0], expires, "unsent", null, null);
                file.write(token[1]);
                file.write('\n');
            }
        }
        System.out.printf("open cycle Bench open (id %d): %d unanswered links%n", id, count);
    }

    static int answer(Random random) {
        return 1 + Math.min(4, (int) Math.abs(random.nextGaussian() * 1.2 + 3));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Table table(String name, String columns) throws IOException {
        Path file = out.resolve(name + ".tsv");
        load.append("LOAD DATA LOCAL INFILE '").append(file.toAbsolutePath()).append("' INTO TABLE ").append(name)
                .append(" CHARACTER SET utf8mb4 (").append(columns).append(");\n");
        return new Table(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    void loadScript() throws IOException {
        Files.writeString(out.resolve("load.sql"), load);
    }

    /** One tab-separated file in LOAD DATA's default format; null is \N. Values here never hold tabs or newlines. */
    record Table(BufferedWriter file) implements AutoCloseable {

        void row(Object... values) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) file.write('\t');
                file.write(values[i] == null ? "\\N" : values[i].toString());
            }
            file.write('\n');
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }
}
