package org.twoway.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.twoway.customers.Customer;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.effort.EffortHistory;
import org.twoway.feedback.FeedbackHistory;
import org.twoway.feedback.SendState;
import org.twoway.friction.BusinessProcess;
import org.twoway.friction.PainHistory;
import org.twoway.loop.FollowUpHistory;
import org.twoway.people.Employee;

/**
 * The demo company's work in each cycle: effort, feedback links and the customers' answers, shaped
 * so the scoring rules have something to say. The open cycle, 2026 Q4, shows each flag:
 * <ul>
 * <li>Hartmann Logistik (Bronze, 10 h) gets 32 h, 28 of them from Jonas Weber: over-served (high),
 * Jonas's concentration on it (high), and a key-person dependency, since Hartmann rates Jonas 5/5/5
 * and the company 2. It has grown from 16 h in Q2 and 22 h in Q3.</li>
 * <li>Alpen Bau (Silver, 20 h) gets 26 h from two people: over-served (warning).</li>
 * <li>Field Service's customers often go straight to a manager: escalation bypass; its customers are
 * underserved while its people are fine.</li>
 * <li>Customer Success delights customers while its people report heavy friction: the sucker punch.</li>
 * <li>Billing &amp; Support is people first and customer obsessed.</li>
 * <li>Processes land in all four quadrants. In Q2 Incident handling has only two reporters, Marco and
 * Piotr, so it is hidden, and Order changes with it (the fewest reporters of the rest), so that it cannot
 * be worked out from the company's figures; from Q3 on Emma Schmidt reports on it too, and both show.
 * Q4's pain reports show nowhere until Q4 closes: its report shows Q3's figures, as of Q3.</li>
 * <li>Refunds hurt in Q2; HR's action early in Q3 eased them ({@link DemoProcessActions}). Order changes
 * hurts most and has no action: its pain is unanswered.</li>
 * </ul>
 * {@link DemoFollowUps} then opens the open cycle's follow-ups for its answers, and tells what became of them;
 * {@link DemoSpecialSituations} writes down Hartmann's growing favours beyond its tier, and {@link DemoProcessActions}
 * HR's answers to process pain: Refunds' rose after its action, Order changes has none.
 * Everything is drawn from a fixed seed, so every start seeds the same company. Sent demo links
 * count as already reminded, so the reminder job never writes to the demo's customers.
 */
@ApplicationScoped
public class DemoActivity {

    private static final LocalDate TODAY_IN_Q4 = LocalDate.of(2026, 11, 23);
    static final int JONAS = 0;
    static final int AMIRA = 1;
    static final int MARCO = 4;
    private static final int SOFIA = 5;
    static final int HARTMANN = 10;
    static final int ALPEN_BAU = 1;
    static final String REFUNDS = "Refunds";
    private static final String[] COMMENTS_GOOD = {
        "Always quick to answer, even on a Friday afternoon.",
        "Sehr freundlich und kompetent, vielen Dank!",
        "Solved our billing mix-up in one call.",
        "Knows our setup better than we do.",
    };
    private static final String[] COMMENTS_POOR = {
        "Took three reminders before anyone came back to us.",
        "Der Techniker kam zwei Tage später als versprochen.",
        "We ended up calling your managing director to get it fixed.",
    };

    /** What each team reports on, with the range of its friction ratings: {process, lowest, highest}. */
    private static final String[][][] FRICTION = {
        {{"Order changes", "4", "5"}, {"Refunds", "4", "5"}, {"Onboarding", "3", "4"}},
        {{"Onboarding", "1", "2"}, {"Contract renewals", "1", "2"}, {"Refunds", "3", "4"}},
        {{"Refunds", "3", "4"}, {"Onboarding", "1", "2"}, {"Contract renewals", "1", "2"}},
    };
    /** Who reports on Incident handling: Marco and Piotr, and from Q3 on Emma too. */
    private static final int[] INCIDENT_REPORTERS = {4, 6, 7};
    private static final String[] FIXES = {
        "Let us change an order in one screen instead of three.",
        "One approval for refunds under 200 euros, not two.",
        "A written rule for what Gold customers get on top, so we can say no.",
        "Hand-offs between teams need a named owner.",
        "Das Ticketsystem und das ERP sollten dieselbe Kundennummer kennen.",
    };

    private final AgroalDataSource dataSource;
    private final PainHistory painHistory;
    private final FollowUpHistory followUpHistory;

    DemoActivity(AgroalDataSource dataSource, PainHistory painHistory, FollowUpHistory followUpHistory) {
        this.dataSource = dataSource;
        this.painHistory = painHistory;
        this.followUpHistory = followUpHistory;
    }

    void fill() {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection()) {
                Ids ids = Ids.load();
                List<ReviewCycle> cycles = ReviewCycle.listOldestFirst();
                for (int index = 0; index < cycles.size(); index++) {
                    CycleWork work = new CycleWork(connection, ids, cycles.get(index), index, painHistory);
                    work.write();
                    if (work.open) {
                        new DemoFollowUps(connection, ids, work.cycle, followUpHistory).write(work.answers);
                    }
                }
                ReviewCycle lastClosed = cycles.get(cycles.size() - 2);
                ReviewCycle open = cycles.get(cycles.size() - 1);
                new DemoSpecialSituations(connection, ids).write(lastClosed, open);
                new DemoProcessActions(connection, ids).write(lastClosed, open);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not seed the demo company's activity", e);
            }
        });
    }

    /** Database ids of the seeded master data, by their position in {@link DemoCompany}'s lists, from their owners. */
    record Ids(List<Long> employees, List<Long> teams, List<Long> customers, List<Double> entitled, Map<String, Long> processes) {

        static Ids load() {
            List<Long> employees = new ArrayList<>();
            List<Long> teams = new ArrayList<>();
            for (String[] team : DemoCompany.TEAMS) {
                for (int i = 1; i < team.length; i++) {
                    Employee employee = Employee.findByEmail(DemoCompany.emailOf(team[i])).orElseThrow();
                    employees.add(employee.id);
                    teams.add(employee.team.id);
                }
            }
            List<String> refs = new ArrayList<>();
            List<Double> entitled = new ArrayList<>();
            for (int i = 0; i < DemoCompany.CUSTOMERS.length; i++) {
                refs.add(DemoCompany.refOf(i));
                entitled.add(Double.parseDouble(DemoCompany.TIERS[DemoCompany.tierOf(i)][1]));
            }
            Map<String, Long> customerIds = Customer.idsByRef(refs);
            return new Ids(employees, teams, refs.stream().map(customerIds::get).toList(), entitled, BusinessProcess.idsByName());
        }
    }

    /** One cycle's effort, links and answers. {@code index} 0 and 1 are the closed cycles, 2 the open one. */
    private static final class CycleWork {

        private final Connection connection;
        private final Ids ids;
        private final ReviewCycle cycle;
        private final int index;
        private final Random random;
        private final boolean open;
        private final PainHistory painHistory;
        private final List<Answered> answers = new ArrayList<>();

        CycleWork(Connection connection, Ids ids, ReviewCycle cycle, int index, PainHistory painHistory) {
            this.connection = connection;
            this.ids = ids;
            this.cycle = cycle;
            this.index = index;
            this.random = new Random(20_260_000L + index);
            this.open = cycle.state == CycleState.open;
            this.painHistory = painHistory;
        }

        void write() throws SQLException {
            for (int customer = 0; customer < ids.customers().size(); customer++) {
                for (Share share : shares(customer)) {
                    effort(share.employee(), customer, share.hours());
                }
                for (Share share : shares(customer)) {
                    int links = share.primary() ? 2 : 1;
                    for (int i = 0; i < links; i++) {
                        link(share.employee(), customer);
                    }
                }
            }
            for (int employee = 0; employee < ids.employees().size(); employee++) {
                for (String[] friction : FRICTION[employee / 4]) {
                    painReport(employee, friction[0], Integer.parseInt(friction[1]), Integer.parseInt(friction[2]));
                }
            }
            for (int i = 0; i < (index == 0 ? 2 : INCIDENT_REPORTERS.length); i++) {
                painReport(INCIDENT_REPORTERS[i], "Incident handling", 2, 4);
            }
        }

        /**
         * One pain report, anonymous except for each team's last member, who signs theirs. Customer
         * Success's friction has grown since Q2, one point lower then and half a point in Q3. Refunds
         * hurts less from Q3 on, after the action HR carried out in July ({@link DemoProcessActions}):
         * its worst rating is one point lower.
         */
        private void painReport(int employee, String process, int lowest, int highest) throws SQLException {
            int team = employee / 4;
            boolean named = employee % 4 == 3;
            int easing = team == 0 ? 2 - index : 0;
            int worst = REFUNDS.equals(process) && index > 0 ? Math.max(lowest, highest - 1) : highest;
            int[] ratings = new int[5];
            for (int i = 0; i < ratings.length; i++) {
                int rating = lowest + random.nextInt(worst - lowest + 1) - (easing > 0 && random.nextInt(2) < easing ? 1 : 0);
                ratings[i] = Math.max(1, Math.min(5, rating));
            }
            BigDecimal hoursLost = BigDecimal.valueOf(team == 0 ? 4 + random.nextInt(5) : 1 + random.nextInt(3));
            String fix = random.nextInt(3) == 0 ? FIXES[random.nextInt(FIXES.length)] : null;
            painHistory.write(connection, new PainHistory.Report(cycle.id, ids.processes().get(process), ids.teams().get(employee),
                    ids.employees().get(employee), ratings, hoursLost, fix, !named, LocalDate.ofInstant(day(25), ZoneOffset.UTC)));
        }

        /** Who served a customer in this cycle and for how many hours. */
        private List<Share> shares(int customer) {
            if (customer == HARTMANN) {
                double[] jonas = {14, 19, 28};
                double[] amira = {2, 3, 4};
                return List.of(new Share(JONAS, jonas[index], true), new Share(AMIRA, amira[index], false));
            }
            if (customer == ALPEN_BAU) {
                double[] marco = {10, 11, 14};
                double[] sofia = {8, 7, 12};
                return List.of(new Share(MARCO, marco[index], true), new Share(SOFIA, sofia[index], false));
            }
            Random hours = new Random(customer * 31L + index);
            double total = ids.entitled().get(customer) * (0.5 + 0.45 * hours.nextDouble()) * (open ? 0.8 : 1.0);
            int primary = 1 + customer % 11;
            int secondary = teamMate(primary);
            if (customer == 5) {
                secondary = JONAS;
            }
            return List.of(new Share(primary, round(total * 0.7), true), new Share(secondary, round(total * 0.3), false));
        }

        /** The next member of the same team, never Jonas, whose time goes to Hartmann. */
        private static int teamMate(int employee) {
            int team = employee / 4;
            int mate = team * 4 + (employee % 4 + 1) % 4;
            return mate == JONAS ? mate + 1 : mate;
        }

        private void effort(int employee, int customer, double hours) throws SQLException {
            double first = round(hours * 0.6);
            for (double part : new double[] {first, round(hours - first)}) {
                if (part <= 0) {
                    continue;
                }
                EffortHistory.write(connection, new EffortHistory.Entry(cycle.id, ids.employees().get(employee),
                        ids.customers().get(customer), BigDecimal.valueOf(part).setScale(2, RoundingMode.HALF_UP), day(20)));
            }
        }

        private void link(int employee, int customer) throws SQLException {
            String process = processFor(employee);
            Instant sent = day(8 + random.nextInt(10));
            boolean keyPerson = customer == HARTMANN && employee == JONAS;
            boolean unsent = open && !keyPerson && random.nextDouble() < 0.1;
            boolean failed = open && !unsent && !keyPerson && random.nextDouble() < 0.04;
            boolean answered = keyPerson || !unsent && !failed && random.nextDouble() < (open ? 0.65 : 0.85);
            Instant used = answered ? earlier(sent.plus(1 + random.nextInt(12), ChronoUnit.DAYS)) : null;
            FeedbackHistory.Answer answer = answered ? answer(employee, customer, process, used) : null;
            Long ratingId = FeedbackHistory.write(connection, new FeedbackHistory.Link(cycle.id, ids.customers().get(customer),
                    ids.employees().get(employee), process == null ? null : ids.processes().get(process), day(7),
                    DemoCompany.instant(cycle.endsOn.plusDays(1)), unsent ? SendState.unsent : failed ? SendState.failed : SendState.sent,
                    unsent ? 0 : failed ? 3 : 1, failed ? "550 Mailbox unavailable" : null, unsent || failed ? null : sent,
                    unsent || failed ? 0 : 1, answer));
            if (open && ratingId != null) {
                answers.add(new Answered(ratingId, employee, customer, answer));
            }
        }

        private FeedbackHistory.Answer answer(int employee, int customer, String process, Instant at) {
            int team = employee / 4;
            int[] scale = switch (team) {
                case 0 -> new int[] {4, 5, 5, 5};
                case 1 -> new int[] {2, 3, 3, 4};
                default -> new int[] {4, 4, 5, 5};
            };
            int penalty = REFUNDS.equals(process) ? 1 : 0;
            int[] q = new int[3];
            for (int i = 0; i < 3; i++) {
                q[i] = Math.max(1, scale[random.nextInt(scale.length)] - penalty);
            }
            double mean = (q[0] + q[1] + q[2]) / 3.0;
            int company = (int) Math.max(1, Math.min(5, Math.round(mean) - random.nextInt(2)));
            String firstContact = firstContact(team);
            if (customer == HARTMANN && employee == JONAS) {
                q = new int[] {5, 5, 5};
                company = 2;
                firstContact = "PERSON";
            }
            return new FeedbackHistory.Answer(q[0], q[1], q[2], company, firstContact, comment(mean), at);
        }

        /** Each team meets its own processes; one link in four names none. */
        private String processFor(int employee) {
            if (random.nextInt(4) == 0) {
                return null;
            }
            String[][] byTeam = {
                {"Order changes", "Onboarding"},
                {"Contract renewals", "Incident handling", "Refunds"},
                {"Refunds", "Onboarding"},
            };
            String[] options = byTeam[employee / 4];
            return options[random.nextInt(options.length)];
        }

        private String firstContact(int team) {
            double roll = random.nextDouble();
            double escalate = team == 1 ? 0.55 : 0.08;
            return roll < escalate ? "ESCALATE" : roll < escalate + 0.3 ? "CHANNEL" : "PERSON";
        }

        private String comment(double mean) {
            if (random.nextInt(3) != 0) {
                return null;
            }
            String[] pool = mean >= 4 ? COMMENTS_GOOD : COMMENTS_POOR;
            return pool[random.nextInt(pool.length)];
        }

        private Instant day(int daysIntoCycle) {
            return DemoCompany.instant(cycle.startsOn.plusDays(daysIntoCycle));
        }

        /** Nothing in the open cycle happens after today. */
        private Instant earlier(Instant at) {
            Instant limit = DemoCompany.instant(TODAY_IN_Q4);
            return open && at.isAfter(limit) ? limit : at;
        }

        private static double round(double hours) {
            return Math.round(hours * 4) / 4.0;
        }
    }

    private record Share(int employee, double hours, boolean primary) {
    }

    /** A stored answer, with the positions of its employee and customer in {@link DemoCompany}'s lists. */
    record Answered(long ratingId, int employee, int customer, FeedbackHistory.Answer answer) {
    }
}
