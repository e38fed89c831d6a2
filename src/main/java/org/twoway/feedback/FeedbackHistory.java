package org.twoway.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import org.twoway.system.Tokens;

/**
 * Feedback of an earlier cycle, written as it happened then (the cycle may be closed since): a link as it was
 * sent, and the answer it got, if any. How the demo company gets its history; each link gets a random token
 * that nobody holds. Plain JDBC on the caller's connection, inside the caller's transaction.
 */
public final class FeedbackHistory {

    /** A link and what became of its email: {@code sendState} sent, failed or unsent, with its attempts and error. */
    public record Link(long cycleId, long customerId, long employeeId, Long processId, Instant issuedAt, Instant expiresAt,
            SendState sendState, int sendAttempts, String sendError, Instant sentAt, int remindersSent, Answer answer) {
    }

    /** The answer to a link: the three questions about the employee, the company question, and how the customer came. */
    public record Answer(int responsiveness, int solved, int promises, int company, String firstContact, String comment,
            Instant submittedAt) {
    }

    private FeedbackHistory() {
    }

    /** Writes the link and its answer, if any; returns the answer's id, or null when the link was not answered. */
    public static Long write(Connection connection, Link link) throws SQLException {
        long linkId;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO feedback_link (cycle_id, customer_id, employee_id, process_id, token_hash, created_at,"
                        + " expires_at, send_state, send_attempts, send_error, sent_at, used_at, reminders_sent)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, link.cycleId());
            insert.setLong(2, link.customerId());
            insert.setLong(3, link.employeeId());
            insert.setObject(4, link.processId());
            insert.setString(5, Tokens.sha256(Tokens.random()));
            insert.setTimestamp(6, Timestamp.from(link.issuedAt()));
            insert.setTimestamp(7, Timestamp.from(link.expiresAt()));
            insert.setString(8, link.sendState().name());
            insert.setInt(9, link.sendAttempts());
            insert.setString(10, link.sendError());
            insert.setTimestamp(11, link.sentAt() == null ? null : Timestamp.from(link.sentAt()));
            insert.setTimestamp(12, link.answer() == null ? null : Timestamp.from(link.answer().submittedAt()));
            insert.setInt(13, link.remindersSent());
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                linkId = keys.getLong(1);
            }
        }
        return link.answer() == null ? null : answer(connection, linkId, link);
    }

    private static long answer(Connection connection, long linkId, Link link) throws SQLException {
        Answer answer = link.answer();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO customer_rating (link_id, cycle_id, customer_id, employee_id, process_id, responsiveness,"
                        + " solved, promises, company, first_contact, comment, submitted_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, linkId);
            insert.setLong(2, link.cycleId());
            insert.setLong(3, link.customerId());
            insert.setLong(4, link.employeeId());
            insert.setObject(5, link.processId());
            insert.setInt(6, answer.responsiveness());
            insert.setInt(7, answer.solved());
            insert.setInt(8, answer.promises());
            insert.setInt(9, answer.company());
            insert.setString(10, answer.firstContact());
            insert.setString(11, answer.comment());
            insert.setTimestamp(12, Timestamp.from(answer.submittedAt()));
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
