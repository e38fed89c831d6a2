package org.twoway.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.UserAccount;
import org.twoway.special.Decision;
import org.twoway.special.SpecialSituationHistory;
import org.twoway.special.SpecialSituationHistory.Promise;
import org.twoway.special.SpecialSituationHistory.Verdict;

/**
 * Hartmann Logistik's favours beyond its Bronze tier (loop.md 3), growing as the scoring rules warn. In Q3 one, a
 * monthly call about their move, which HR approved. In Q4, besides the weekly visit Jonas Weber promised in a
 * follow-up ({@link DemoFollowUps}), approved too: a second training day by Amira Haddad, approved; same-day spare
 * parts by Amira, which HR declined, saying why; and Saturday on-call by Jonas, waiting for HR's decision at first
 * login. Three not declined in Q4 against one in Q3: the special situations are growing.
 */
final class DemoSpecialSituations {

    private final Connection connection;
    private final long hartmann;
    private final long jonas;
    private final long amira;
    private final long jonasAccount;
    private final long amiraAccount;
    private final long hr;

    DemoSpecialSituations(Connection connection, DemoActivity.Ids ids) {
        this.connection = connection;
        this.hartmann = ids.customers().get(DemoActivity.HARTMANN);
        this.jonas = ids.employees().get(DemoActivity.JONAS);
        this.amira = ids.employees().get(DemoActivity.AMIRA);
        this.jonasAccount = account(DemoActivity.JONAS);
        this.amiraAccount = account(DemoActivity.AMIRA);
        this.hr = UserAccount.findByEmail(DemoCompany.HR_EMAIL).orElseThrow().id;
    }

    /** {@code closed}: the last closed cycle; {@code open}: the open one. */
    void write(ReviewCycle closed, ReviewCycle open) throws SQLException {
        write(new Promise(closed.id, hartmann, "A monthly call about the move to their new warehouse; Bronze has one a quarter.",
                hours(5), jonas, null, jonasAccount, at("2026-08-12T09:30:00Z")),
                new Verdict(Decision.APPROVED, "For the move only; we look at it again next quarter.", hr, at("2026-08-13T08:15:00Z")));
        write(new Promise(open.id, hartmann, "A second training day for the staff of their new warehouse.",
                hours(4), amira, null, amiraAccount, at("2026-10-27T14:00:00Z")),
                new Verdict(Decision.APPROVED, "Once, as part of the move.", hr, at("2026-10-28T10:00:00Z")));
        write(new Promise(open.id, hartmann, "Spare parts delivered the same day, at no charge.",
                hours(8), amira, null, amiraAccount, at("2026-11-04T11:00:00Z")),
                new Verdict(Decision.DECLINED, "Same-day service is what Gold pays for: offer Hartmann the upgrade, or stop it.", hr,
                        at("2026-11-05T09:00:00Z")));
        write(new Promise(open.id, hartmann, "Someone on call on Saturdays during their peak weeks in December.",
                hours(6), jonas, null, jonasAccount, at("2026-11-18T16:00:00Z")), null);
    }

    private void write(Promise promise, Verdict verdict) throws SQLException {
        SpecialSituationHistory.write(connection, promise, verdict);
    }

    private static long account(int employee) {
        String name = DemoCompany.TEAMS[employee / 4][employee % 4 + 1];
        return UserAccount.findByEmail(DemoCompany.emailOf(name)).orElseThrow().id;
    }

    private static BigDecimal hours(int hours) {
        return new BigDecimal(hours).setScale(2);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
