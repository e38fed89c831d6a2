package org.twoway.feedback;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;
import org.twoway.cycles.CycleSql;
import org.twoway.friction.ProcessSql;
import org.twoway.people.EmployeeSql;
import org.twoway.system.Tokens;

/**
 * Finds the link behind a token on the customer's pages: one indexed lookup reading only what the page
 * shows. It is the busiest query of the product (every customer opening a link), so it goes through
 * the non-blocking {@link CustomerDatabase}, on the thread that serves the request, and loads no
 * entities. A token is looked up only by its hash, whichever address it is: the one issued, or one an
 * email carried ({@link LinkToken}).
 */
@ApplicationScoped
public class CustomerLinks {

    /** What tokens look like: URL-safe Base64. Anything else is unknown without asking the database. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,100}");

    /** One round trip: the link, with its employee's and process's names and its cycle's state from their owners. */
    private static final String FIND = "SELECT l.id, " + EmployeeSql.name("e") + ", " + ProcessSql.name("p") + ","
            + " l.used_at IS NOT NULL, l.revoked_at IS NULL AND " + CycleSql.isOpen("c") + ", l.cycle_id, l.customer_id, l.employee_id"
            + " FROM feedback_link l " + CycleSql.join("c", "l.cycle_id") + " " + EmployeeSql.join("e", "l.employee_id")
            + " " + ProcessSql.leftJoin("p", "l.process_id")
            + " WHERE l.id = COALESCE((SELECT id FROM feedback_link WHERE token_hash = ?),"
            + " (SELECT link_id FROM feedback_link_token WHERE token_hash = ?))";

    /**
     * A link as its customer sees it.
     *
     * @param answered whether it was answered already
     * @param open whether it can still be answered: not answered, not revoked, and its cycle open
     */
    public record CustomerLink(long id, String employee, String process, boolean answered, boolean open, long cycleId,
            long customerId, long employeeId) {
    }

    private final CustomerDatabase database;

    CustomerLinks(CustomerDatabase database) {
        this.database = database;
    }

    /**
     * The link behind a token, or none. A database out of reach fails it with an
     * {@link SQLTransientConnectionException}, which the pages answer with 503.
     */
    public CompletionStage<Optional<CustomerLink>> find(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        String hash = Tokens.sha256(token);
        return database.answer(database.pool().preparedQuery(FIND).execute(Tuple.of(hash, hash)).map(CustomerLinks::link),
                "look up a feedback link");
    }

    private static Optional<CustomerLink> link(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return Optional.empty();
        }
        Row row = rows.iterator().next();
        boolean answered = row.getLong(3) == 1;
        return Optional.of(new CustomerLink(row.getLong(0), row.getString(1), row.getString(2), answered,
                !answered && row.getLong(4) == 1, row.getLong(5), row.getLong(6), row.getLong(7)));
    }
}
