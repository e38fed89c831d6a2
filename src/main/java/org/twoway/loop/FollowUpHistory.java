package org.twoway.loop;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.twoway.feedback.FeedbackHistory;
import org.twoway.system.TwowayConfig;

/**
 * Follow-ups written as they happened (how the demo company gets its loop): opened by an answer or by a customer
 * who came to someone directly, due by the configured working days, then perhaps handed on, supported, contacted
 * and closed. The current owner is the original one after the hand-overs among the steps; the owner's email
 * counts as sent when it opened. Plain JDBC on the caller's connection, inside the caller's transaction.
 */
@ApplicationScoped
public class FollowUpHistory {

    /** What a customer who came directly came about, how, and the account that recorded it. */
    public record DirectContact(String about, CameVia cameVia, long recordedBy) {
    }

    /** The first contact; {@code byOther}: recorded by someone other than the owner of that moment. */
    public record Contact(Instant at, ContactChannel channel, long recordedBy, boolean byOther) {
    }

    /** The close, with what was agreed and, if any, what of it goes beyond the written tier. */
    public record Close(Instant at, Outcome outcome, String agreed, long closedBy, String beyondTierWhat,
            BigDecimal beyondTierHours) {
    }

    /** A hand-over ({@code OWNER}: from → to, either null for unowned) or a colleague asked to join ({@code SUPPORT}). */
    public record Step(Instant at, EventKind kind, Long actorId, Long fromOwnerId, Long employeeId) {

        public static Step owner(Instant at, Long actorId, Long from, Long to) {
            return new Step(at, EventKind.OWNER, actorId, from, to);
        }

        public static Step support(Instant at, long actorId, Long colleague) {
            return new Step(at, EventKind.SUPPORT, actorId, null, colleague);
        }
    }

    /** The customer's first answer after the first contact, as the answer path leaves it: its id and q1 + q2 + q3. */
    public record Later(long ratingId, int scoreSum) {
    }

    /**
     * One follow-up: {@code ratingId}, {@code scoreSum} (its q1 + q2 + q3) and {@code callBack} (whether the customer
     * asked for it) for an answer's, {@code direct} for a direct contact's; contact, close and the later answer may be
     * null.
     */
    public record Entry(long cycleId, long customerId, long originalOwnerId, Long ratingId, Integer scoreSum,
            boolean callBack, DirectContact direct, Instant openedAt, List<Step> steps, Contact contact, Close close, Later later) {

        public static Entry answer(long cycleId, long customerId, long ownerId, long ratingId, int scoreSum, boolean callBack,
                Instant openedAt) {
            return new Entry(cycleId, customerId, ownerId, ratingId, scoreSum, callBack, null, openedAt, List.of(), null, null, null);
        }

        public static Entry direct(long cycleId, long customerId, long ownerId, DirectContact direct, Instant openedAt) {
            return new Entry(cycleId, customerId, ownerId, null, null, false, direct, openedAt, List.of(), null, null, null);
        }

        public Entry then(Step step) {
            List<Step> more = new ArrayList<>(steps);
            more.add(step);
            return new Entry(cycleId, customerId, originalOwnerId, ratingId, scoreSum, callBack, direct, openedAt, List.copyOf(more),
                    contact, close, later);
        }

        public Entry contacted(Contact first) {
            return new Entry(cycleId, customerId, originalOwnerId, ratingId, scoreSum, callBack, direct, openedAt, steps, first, close,
                    later);
        }

        public Entry closed(Close end) {
            return new Entry(cycleId, customerId, originalOwnerId, ratingId, scoreSum, callBack, direct, openedAt, steps, contact, end,
                    later);
        }

        public Entry answeredAgain(Later next) {
            return new Entry(cycleId, customerId, originalOwnerId, ratingId, scoreSum, callBack, direct, openedAt, steps, contact, close,
                    next);
        }

        /** The owner after the hand-overs; null while unowned. */
        Long owner() {
            Long owner = originalOwnerId;
            for (Step step : steps) {
                if (step.kind() == EventKind.OWNER) {
                    owner = step.employeeId();
                }
            }
            return owner;
        }
    }

    private final LoopConfig config;
    private final ZoneId zone;

    FollowUpHistory(LoopConfig config, TwowayConfig twoway) {
        this.config = config;
        this.zone = twoway.timeZone();
    }

    /** Whether the answer opens a follow-up by the configured rule (loop.md 1), {@code callBack} if the customer asked for it. */
    public boolean opens(FeedbackHistory.Answer answer, boolean callBack) {
        return Triggers.opensFollowUp(config.lowScore(), answer.responsiveness(), answer.solved(), answer.promises(),
                answer.company(), answer.firstContact(), callBack);
    }

    /** When a follow-up opened at {@code opened} is due. */
    public Instant due(Instant opened) {
        return WorkingDays.due(opened, config.dueWorkingDays(), zone);
    }

    /** Writes the follow-up and its history; returns its id. */
    public long write(Connection connection, Entry entry) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO follow_up (cycle_id, customer_id, owner_id, source, rating_id, about, came_via, recorded_by,"
                        + " opened_at, due_at, contacted_at, contact_channel, contact_recorded_by, contact_by_other,"
                        + " closed_at, outcome, agreed, closed_by, beyond_tier_what, beyond_tier_hours, mail_state,"
                        + " mail_attempts, mailed_at, answer_score_sum, later_rating_id, later_score_sum, call_back)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            DirectContact direct = entry.direct();
            Contact contact = entry.contact();
            Close close = entry.close();
            insert.setLong(1, entry.cycleId());
            insert.setLong(2, entry.customerId());
            insert.setObject(3, entry.owner());
            insert.setString(4, (direct == null ? FollowUpSource.ANSWER : FollowUpSource.DIRECT_CONTACT).name());
            insert.setObject(5, entry.ratingId());
            insert.setString(6, direct == null ? null : direct.about());
            insert.setString(7, direct == null ? null : direct.cameVia().name());
            insert.setObject(8, direct == null ? null : direct.recordedBy());
            insert.setTimestamp(9, Timestamp.from(entry.openedAt()));
            insert.setTimestamp(10, Timestamp.from(due(entry.openedAt())));
            insert.setTimestamp(11, contact == null ? null : Timestamp.from(contact.at()));
            insert.setString(12, contact == null ? null : contact.channel().name());
            insert.setObject(13, contact == null ? null : contact.recordedBy());
            insert.setObject(14, contact == null ? null : contact.byOther());
            insert.setTimestamp(15, close == null ? null : Timestamp.from(close.at()));
            insert.setString(16, close == null ? null : close.outcome().name());
            insert.setString(17, close == null ? null : close.agreed());
            insert.setObject(18, close == null ? null : close.closedBy());
            insert.setString(19, close == null ? null : close.beyondTierWhat());
            insert.setBigDecimal(20, close == null ? null : close.beyondTierHours());
            insert.setString(21, MailState.sent.name());
            insert.setTimestamp(22, Timestamp.from(entry.openedAt()));
            insert.setObject(23, entry.scoreSum());
            insert.setObject(24, entry.later() == null ? null : entry.later().ratingId());
            insert.setObject(25, entry.later() == null ? null : entry.later().scoreSum());
            insert.setBoolean(26, entry.callBack());
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        events(connection, id, entry);
        return id;
    }

    /** Its history in the order it happened: the hand-overs and support asked for, the contact, the close. */
    private static void events(Connection connection, long followUpId, Entry entry) throws SQLException {
        List<Step> history = new ArrayList<>(entry.steps());
        if (entry.contact() != null) {
            history.add(new Step(entry.contact().at(), EventKind.CONTACT, entry.contact().recordedBy(), null, null));
        }
        if (entry.close() != null) {
            history.add(new Step(entry.close().at(), EventKind.CLOSE, entry.close().closedBy(), null, null));
        }
        if (history.isEmpty()) {
            return;
        }
        history.sort(Comparator.comparing(Step::at));
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO follow_up_event (follow_up_id, at, kind, actor_id, from_owner_id, employee_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Step step : history) {
                insert.setLong(1, followUpId);
                insert.setTimestamp(2, Timestamp.from(step.at()));
                insert.setString(3, step.kind().name());
                insert.setObject(4, step.actorId());
                insert.setObject(5, step.fromOwnerId());
                insert.setObject(6, step.employeeId());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
