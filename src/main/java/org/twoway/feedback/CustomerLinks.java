package org.twoway.feedback;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.twoway.system.Tokens;

/**
 * Finds the link behind a token on the customer's pages: one indexed lookup, in plain JDBC, reading only
 * what the page shows. It is the busiest query of the product (every customer opening a link), so it
 * loads no entities. A token is looked up only by its hash, whichever address it is: the one issued, or
 * one an email carried ({@link LinkToken}).
 */
@ApplicationScoped
public class CustomerLinks {

    /** What tokens look like: URL-safe Base64. Anything else is unknown without asking the database. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,100}");

    private static final String FIND = """
            SELECT l.id, e.name, p.name, l.used_at IS NOT NULL, l.revoked_at IS NULL AND c.state = 'open'
            FROM feedback_link l
            JOIN review_cycle c ON c.id = l.cycle_id
            JOIN employee e ON e.id = l.employee_id
            LEFT JOIN business_process p ON p.id = l.process_id
            WHERE l.id = COALESCE((SELECT id FROM feedback_link WHERE token_hash = ?),
                                  (SELECT link_id FROM feedback_link_token WHERE token_hash = ?))
            """;

    /**
     * A link as its customer sees it.
     *
     * @param answered whether it was answered already
     * @param open whether it can still be answered: not answered, not revoked, and its cycle open
     */
    public record CustomerLink(long id, String employee, String process, boolean answered, boolean open) {
    }

    private final AgroalDataSource dataSource;

    CustomerLinks(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<CustomerLink> find(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        String hash = Tokens.sha256(token);
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(FIND)) {
            statement.setString(1, hash);
            statement.setString(2, hash);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                boolean answered = row.getBoolean(4);
                return Optional.of(new CustomerLink(row.getLong(1), row.getString(2), row.getString(3), answered,
                        !answered && row.getBoolean(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up a feedback link", e);
        }
    }
}
