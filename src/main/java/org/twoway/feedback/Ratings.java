package org.twoway.feedback;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores a customer's answers, once. The link is claimed first (an UPDATE that only an open, unanswered,
 * unrevoked link passes, and that makes simultaneous submissions wait for each other), then the rating
 * is inserted, copied from the link's row, in one transaction; customer_rating's unique link_id refuses any
 * second answer regardless. It is the busiest write of the product, so it is two statements in plain JDBC,
 * with no entities and no transaction manager around them.
 */
@ApplicationScoped
public class Ratings {

    public enum Outcome {
        SAVED, ALREADY_ANSWERED, NOT_OPEN
    }

    private static final String CLAIM = "UPDATE feedback_link l JOIN review_cycle c ON c.id = l.cycle_id"
            + " SET l.used_at = ?"
            + " WHERE l.id = ? AND l.used_at IS NULL AND l.revoked_at IS NULL AND c.state = 'open'";
    private static final String STORE = "INSERT INTO customer_rating (link_id, cycle_id, customer_id, employee_id,"
            + " process_id, responsiveness, solved, promises, company, first_contact, comment, submitted_at)"
            + " SELECT id, cycle_id, customer_id, employee_id, process_id, ?, ?, ?, ?, ?, ?, ? FROM feedback_link WHERE id = ?";
    private static final String ANSWERED = "SELECT used_at IS NOT NULL FROM feedback_link WHERE id = ?";

    private final AgroalDataSource dataSource;

    Ratings(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Outcome record(long linkId, Answers answers) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Outcome outcome = claimAndStore(connection, linkId, answers);
                connection.commit();
                return outcome;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLIntegrityConstraintViolationException e) {
            return Outcome.ALREADY_ANSWERED;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store a customer's answers", e);
        }
    }

    private static Outcome claimAndStore(Connection connection, long linkId, Answers answers) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setTimestamp(1, now);
            claim.setLong(2, linkId);
            if (claim.executeUpdate() == 0) {
                return answered(connection, linkId) ? Outcome.ALREADY_ANSWERED : Outcome.NOT_OPEN;
            }
        }
        try (PreparedStatement store = connection.prepareStatement(STORE)) {
            store.setInt(1, answers.rating("responsiveness"));
            store.setInt(2, answers.rating("solved"));
            store.setInt(3, answers.rating("promises"));
            store.setInt(4, answers.rating("company"));
            store.setString(5, answers.contact().name());
            store.setString(6, answers.comment());
            store.setTimestamp(7, now);
            store.setLong(8, linkId);
            store.executeUpdate();
        }
        return Outcome.SAVED;
    }

    private static boolean answered(Connection connection, long linkId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ANSWERED)) {
            statement.setLong(1, linkId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }
}
