package org.twoway.people;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.LongSupplier;
import org.twoway.system.Tokens;

/**
 * Counts failed sign-ins per email and per client address, and says how long either is locked. The counts are rows
 * of {@code sign_in_failure}, so every node of the app sees the same ones; a row holds the SHA-256 of the normalized
 * email or of the address, never either itself. The email need not belong to an account, so a lock tells nobody
 * whether it does. Each count expires a lock's length after its last failure.
 */
@ApplicationScoped
public class SignInThrottle {

    private enum Kind {
        EMAIL, ADDRESS
    }

    /**
     * Counts one failure, atomically however many nodes count at once. The count goes on from the row's, or starts
     * again at 1 when the row's last failure is a lock's length ago; MySQL assigns left to right, so the test reads
     * the previous {@code last_failed_ms}.
     */
    private static final String FAILED = "INSERT INTO sign_in_failure (kind, subject, failures, last_failed_ms)"
            + " VALUES (?, ?, 1, ?), (?, ?, 1, ?)"
            + " ON DUPLICATE KEY UPDATE failures = IF(last_failed_ms > ?, failures + 1, 1), last_failed_ms = ?";

    private final AgroalDataSource dataSource;
    private final int emailLimit;
    private final int addressLimit;
    private final long lockMillis;
    private final LongSupplier clock;

    @Inject
    SignInThrottle(SignInConfig config, AgroalDataSource dataSource) {
        this(config, dataSource, System::currentTimeMillis);
    }

    /** The clock tells milliseconds since the epoch, as every node's does. */
    SignInThrottle(SignInConfig config, AgroalDataSource dataSource, LongSupplier clock) {
        this.dataSource = dataSource;
        this.emailLimit = config.accountFailures();
        this.addressLimit = config.addressFailures();
        this.lockMillis = config.lockFor().toMillis();
        this.clock = clock;
    }

    /** Seconds until the email and the address may try again; 0 when neither is locked. */
    public long secondsLocked(String email, String address) {
        long now = clock.getAsLong();
        long left = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT kind, failures, last_failed_ms"
                        + " FROM sign_in_failure WHERE (kind = ? AND subject = ?) OR (kind = ? AND subject = ?)")) {
            select.setString(1, Kind.EMAIL.name());
            select.setString(2, emailHash(email));
            select.setString(3, Kind.ADDRESS.name());
            select.setString(4, Tokens.sha256(address));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int limit = Kind.valueOf(rows.getString(1)) == Kind.EMAIL ? emailLimit : addressLimit;
                    if (rows.getInt(2) >= limit) {
                        left = Math.max(left, lockMillis - (now - rows.getLong(3)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading sign-in failures failed", e);
        }
        return left <= 0 ? 0 : Math.max(1, (left + 999) / 1000);
    }

    public void failed(String email, String address) {
        long now = clock.getAsLong();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(FAILED)) {
            insert.setString(1, Kind.EMAIL.name());
            insert.setString(2, emailHash(email));
            insert.setLong(3, now);
            insert.setString(4, Kind.ADDRESS.name());
            insert.setString(5, Tokens.sha256(address));
            insert.setLong(6, now);
            insert.setLong(7, now - lockMillis);
            insert.setLong(8, now);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Counting a sign-in failure failed", e);
        }
    }

    /**
     * A right password forgets the email's failures; the address keeps its count. Rows whose last failure is a lock's
     * length ago count nothing any more and go too, read committed so that the sweep takes no gap locks that would
     * hold up (or deadlock with) a failure being counted meanwhile; the pool sets the connection's isolation back
     * when it returns.
     */
    public void succeeded(String email) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM sign_in_failure WHERE kind = ? AND subject = ?")) {
                delete.setString(1, Kind.EMAIL.name());
                delete.setString(2, emailHash(email));
                delete.executeUpdate();
            }
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            try (PreparedStatement sweep = connection.prepareStatement(
                    "DELETE FROM sign_in_failure WHERE last_failed_ms <= ?")) {
                sweep.setLong(1, clock.getAsLong() - lockMillis);
                sweep.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Forgetting sign-in failures failed", e);
        }
    }

    private static String emailHash(String email) {
        String normalized = Emails.normalize(email);
        return Tokens.sha256(normalized == null ? "" : normalized);
    }
}
