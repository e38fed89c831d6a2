package org.twoway.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.twoway.cycles.ReviewCycle;
import org.twoway.friction.ProcessActionHistory;
import org.twoway.friction.ProcessActionHistory.Entry;
import org.twoway.people.UserAccount;

/**
 * "You said, we did" (loop.md 4). Q2's figures showed Refunds painful; early in Q3 HR answered with one approval
 * instead of two for small refunds, done by late July, and Refunds' EX is higher in Q3's figures ({@link DemoActivity}
 * eases its reports from then on). In Q4 a second Refunds action is in progress, and one is planned for Incident
 * handling, whose pain Q3's figures showed for the first time. Order changes, the most painful process, has had no
 * action at all: its pain is unanswered.
 */
final class DemoProcessActions {

    private final Connection connection;
    private final DemoActivity.Ids ids;
    private final long hr;

    DemoProcessActions(Connection connection, DemoActivity.Ids ids) {
        this.connection = connection;
        this.ids = ids;
        this.hr = UserAccount.findByEmail(DemoCompany.HR_EMAIL).orElseThrow().id;
    }

    /** {@code closed}: the last closed cycle, whose action is done; {@code open}: the open one. */
    void write(ReviewCycle closed, ReviewCycle open) throws SQLException {
        write(new Entry(closed.id, process(DemoActivity.REFUNDS), "One approval for refunds under 200 euros instead of two.",
                "Head of Finance", LocalDate.of(2026, 7, 31), hr, at("2026-07-06T09:00:00Z"), at("2026-07-08T09:00:00Z"),
                at("2026-07-21T16:00:00Z")));
        write(new Entry(open.id, process(DemoActivity.REFUNDS), "Support sees a refund's status in the ticket, without asking Billing.",
                "Yuki Tanaka", LocalDate.of(2026, 12, 18), hr, at("2026-10-05T09:00:00Z"), at("2026-10-19T08:30:00Z"), null));
        write(new Entry(open.id, process("Incident handling"), "Technicians see the customer's last three visits before they go.",
                "Dispatch lead", LocalDate.of(2027, 1, 29), hr, at("2026-11-16T10:00:00Z"), null, null));
    }

    private void write(Entry entry) throws SQLException {
        ProcessActionHistory.write(connection, entry);
    }

    private long process(String name) {
        return ids.processes().get(name);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
