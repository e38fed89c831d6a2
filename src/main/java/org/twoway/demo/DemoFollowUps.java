package org.twoway.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.twoway.cycles.ReviewCycle;
import org.twoway.loop.CameVia;
import org.twoway.loop.ContactChannel;
import org.twoway.loop.FollowUpHistory;
import org.twoway.loop.FollowUpHistory.Close;
import org.twoway.loop.FollowUpHistory.Contact;
import org.twoway.loop.FollowUpHistory.DirectContact;
import org.twoway.loop.FollowUpHistory.Entry;
import org.twoway.loop.FollowUpHistory.Later;
import org.twoway.loop.FollowUpHistory.Step;
import org.twoway.loop.Outcome;
import org.twoway.people.Employee;
import org.twoway.people.UserAccount;
import org.twoway.special.Decision;
import org.twoway.special.SpecialSituationHistory;

/**
 * The open cycle's follow-ups (loop.md 1 and 2), so that closing the loop has a story at first login. Every answer
 * that meets a trigger has its follow-up, as a real answer would have opened it, and so do the first answers of
 * Daniel Okafor and Clara Meier and all of Felix Braun's, whose customers asked to be called back. Then:
 * <ul>
 * <li>Field Service: HR keeps taking its customers' calls itself (more than half of the first contacts), and a
 * third of its follow-ups are late, two never contacted at all: the loop is not closed, and the boss intervenes.
 * A customer of Alpen Bau called the boss today: a direct contact for Marco Rossi, not yet due.</li>
 * <li>Customer Success and Billing &amp; Support get back to their customers on time, themselves. Jonas Weber
 * promised Hartmann Logistik more than its Bronze tier holds, and wrote it down: a special situation HR approved.</li>
 * <li>Felix Braun left Billing &amp; Support the morning after his last follow-up opened: HR handed
 * that one to Yuki Tanaka, who called on time; his older one still waits for HR to choose who takes it over.</li>
 * </ul>
 * Some are closed (resolved, not resolved, unreachable), some contacted and still open, some with a colleague
 * asked to join.
 */
final class DemoFollowUps {

    private static final int YUKI = 8;
    private static final int DANIEL = 9;
    private static final int CLARA = 10;
    private static final int FELIX = 11;
    private static final int FIELD_SERVICE = 1;

    private enum Timing { ON_TIME, LATE, NEVER }

    /** What became of a follow-up: its first contact, whether HR recorded it, how it ended (null: still open), support. */
    private record Fate(Timing contact, boolean byHr, Outcome outcome, boolean support) {
    }

    /** Field Service: 5 of 8 on time, 4 of the 7 first contacts by HR. */
    private static final List<Fate> HR_TAKES_OVER = List.of(
            new Fate(Timing.ON_TIME, false, Outcome.RESOLVED, false),
            new Fate(Timing.ON_TIME, true, Outcome.NOT_RESOLVED, false),
            new Fate(Timing.LATE, true, null, false),
            new Fate(Timing.NEVER, false, null, false),
            new Fate(Timing.ON_TIME, true, Outcome.RESOLVED, false),
            new Fate(Timing.LATE, false, Outcome.UNREACHABLE, false),
            new Fate(Timing.ON_TIME, true, null, false),
            new Fate(Timing.ON_TIME, false, Outcome.RESOLVED, true));
    /** The other teams: every one on time, by its owner. */
    private static final List<Fate> ON_TIME = List.of(
            new Fate(Timing.ON_TIME, false, Outcome.NOT_RESOLVED, false),
            new Fate(Timing.ON_TIME, false, null, true),
            new Fate(Timing.ON_TIME, false, Outcome.UNREACHABLE, false),
            new Fate(Timing.ON_TIME, false, Outcome.RESOLVED, false));

    private final Connection connection;
    private final DemoActivity.Ids ids;
    private final ReviewCycle cycle;
    private final FollowUpHistory history;
    private final List<Long> accounts = new ArrayList<>();
    private final long hr;

    DemoFollowUps(Connection connection, DemoActivity.Ids ids, ReviewCycle cycle, FollowUpHistory history) {
        this.connection = connection;
        this.ids = ids;
        this.cycle = cycle;
        this.history = history;
        for (String[] team : DemoCompany.TEAMS) {
            for (int i = 1; i < team.length; i++) {
                accounts.add(UserAccount.findByEmail(DemoCompany.emailOf(team[i])).orElseThrow().id);
            }
        }
        this.hr = UserAccount.findByEmail(DemoCompany.HR_EMAIL).orElseThrow().id;
    }

    void write(List<DemoActivity.Answered> answers) throws SQLException {
        Map<Integer, Integer> fatesPerTeam = new HashMap<>();
        Set<Integer> calledBack = new HashSet<>();
        List<Entry> felix = new ArrayList<>();
        boolean promised = false;
        for (DemoActivity.Answered answered : answers) {
            int employee = answered.employee();
            boolean callBack = employee == FELIX || (employee == DANIEL || employee == CLARA) && calledBack.add(employee);
            if (!history.opens(answered.answer(), callBack)) {
                continue;
            }
            Entry entry = Entry.answer(cycle.id, ids.customers().get(answered.customer()), ids.employees().get(employee),
                    answered.ratingId(), scoreSum(answered), callBack, answered.answer().submittedAt());
            if (employee == FELIX) {
                felix.add(entry);
                continue;
            }
            boolean promise = employee == DemoActivity.JONAS && answered.customer() == DemoActivity.HARTMANN && !promised;
            if (promise) {
                entry = beyondTier(entry);
                promised = true;
            } else {
                int team = employee / 4;
                List<Fate> fates = team == FIELD_SERVICE ? HR_TAKES_OVER : ON_TIME;
                int n = fatesPerTeam.merge(team, 1, Integer::sum) - 1;
                entry = befall(entry, fates.get(n % fates.size()), employee, n);
            }
            long id = write(entry, answers, answered.customer());
            if (promise) {
                writtenDown(entry, id);
            }
        }
        leave(felix, answers);
        history.write(connection, Entry.direct(cycle.id, ids.customers().get(DemoActivity.ALPEN_BAU),
                ids.employees().get(DemoActivity.MARCO), new DirectContact(
                        "Called the managing director: the technician's visit was moved twice and nobody said why.",
                        CameVia.PHONE, hr), Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(2))));
    }

    private Entry befall(Entry entry, Fate fate, int employee, int n) {
        Instant opened = entry.openedAt();
        if (fate.support()) {
            int colleague = employee / 4 * 4 + (employee + 1) % 4;
            entry = entry.then(Step.support(opened.plus(Duration.ofHours(20)), accounts.get(employee), ids.employees().get(colleague)));
        }
        if (fate.contact() == Timing.NEVER) {
            return entry;
        }
        Instant at = fate.contact() == Timing.ON_TIME ? opened.plus(Duration.ofHours(34))
                : history.due(opened).plus(Duration.ofHours(34));
        long by = fate.byHr() ? hr : accounts.get(employee);
        entry = entry.contacted(new Contact(at, ContactChannel.values()[n % 3], by, fate.byHr()));
        return fate.outcome() == null ? entry
                : entry.closed(new Close(at.plus(Duration.ofHours(30)), fate.outcome(), agreed(fate.outcome()), by, null, null));
    }

    /**
     * Writes the follow-up with the customer's first answer after its contact, if there was one, as the answer path
     * would have left it on the follow-up when that answer came in.
     */
    private long write(Entry entry, List<DemoActivity.Answered> answers, int customer) throws SQLException {
        Entry written = entry.contact() == null ? entry : answers.stream()
                .filter(a -> a.customer() == customer && a.answer().submittedAt().isAfter(entry.contact().at()))
                .min(Comparator.comparing((DemoActivity.Answered a) -> a.answer().submittedAt()))
                .map(a -> entry.answeredAgain(new Later(a.ratingId(), scoreSum(a))))
                .orElse(entry);
        return history.write(connection, written);
    }

    private int customerOf(Entry entry) {
        return ids.customers().indexOf(entry.customerId());
    }

    private static int scoreSum(DemoActivity.Answered answered) {
        return answered.answer().responsiveness() + answered.answer().solved() + answered.answer().promises();
    }

    private static String agreed(Outcome outcome) {
        return switch (outcome) {
            case RESOLVED -> "Went through the open points together; the fix is in and the customer confirmed it works.";
            case NOT_RESOLVED -> "The customer wants a discount we cannot give; offered to review the contract at renewal.";
            case UNREACHABLE -> "Three calls and an email without an answer; left a message with the office.";
        };
    }

    /** Hartmann Logistik's first answer rated the company 2: Jonas met them and promised more than their Bronze tier. */
    private Entry beyondTier(Entry entry) {
        Instant at = entry.openedAt().plus(Duration.ofHours(34));
        long jonas = accounts.get(DemoActivity.JONAS);
        return entry.contacted(new Contact(at, ContactChannel.MEETING, jonas, false))
                .closed(new Close(at.plus(Duration.ofHours(6)), Outcome.RESOLVED,
                        "Jonas comes on site every week until the new warehouse system runs.", jonas,
                        "A weekly on-site visit until the new warehouse system runs; Bronze has email support and a quarterly call.",
                        new BigDecimal("12.00")));
    }

    /** What Jonas promised is written down as the follow-up's special situation, as its close does; HR approves it the next day. */
    private void writtenDown(Entry entry, long followUpId) throws SQLException {
        Close close = entry.close();
        SpecialSituationHistory.write(connection, new SpecialSituationHistory.Promise(cycle.id, entry.customerId(),
                close.beyondTierWhat(), close.beyondTierHours(), entry.originalOwnerId(), followUpId, close.closedBy(), close.at()),
                new SpecialSituationHistory.Verdict(Decision.APPROVED,
                        "Until their new warehouse system runs, and no longer than January: then Bronze again.", hr,
                        close.at().plus(Duration.ofHours(20))));
    }

    /**
     * Felix leaves at 09:00 the day after his last follow-up opened, before it is due: all of his become unowned,
     * and two hours later HR hands the last one to Yuki, who calls the next morning.
     */
    private void leave(List<Entry> open, List<DemoActivity.Answered> answers) throws SQLException {
        open.sort(Comparator.comparing(Entry::openedAt));
        long felix = ids.employees().get(FELIX);
        Instant left = open.get(open.size() - 1).openedAt().plus(Duration.ofHours(33));
        for (int i = 0; i < open.size(); i++) {
            Entry entry = open.get(i).then(Step.owner(left, hr, felix, null));
            if (i == open.size() - 1) {
                long yuki = ids.employees().get(YUKI);
                entry = entry.then(Step.owner(left.plus(Duration.ofHours(2)), hr, null, yuki))
                        .contacted(new Contact(left.plus(Duration.ofHours(25)), ContactChannel.PHONE, accounts.get(YUKI), false));
            }
            write(entry, answers, customerOf(entry));
        }
        Employee employee = Employee.findById(felix);
        employee.active = false;
        UserAccount.findByEmployee(employee).orElseThrow().active = false;
    }
}
