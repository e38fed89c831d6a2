package org.twoway.feedback;

import io.vertx.core.Future;
import io.vertx.mysqlclient.MySQLClient;
import io.vertx.mysqlclient.MySQLException;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.twoway.cycles.CycleSql;
import org.twoway.feedback.AnswerFollowUps.StoredAnswer;
import org.twoway.feedback.CustomerLinks.CustomerLink;

/**
 * Stores a customer's answers, once. The link is claimed first (an UPDATE that only an open, unanswered,
 * unrevoked link passes, and that makes simultaneous submissions wait for each other), then the rating
 * is inserted, copied from the link's row, and the loop told ({@link AnswerFollowUps}), in one
 * transaction; the database's clock stamps them, so no time zone is converted on the way; customer_rating's
 * unique link_id refuses any second answer regardless. It is the busiest write of the product, so it goes
 * through the non-blocking {@link CustomerDatabase}: three or four statements, no entities, and no thread
 * waiting on the commit.
 */
@ApplicationScoped
public class Ratings {

    public enum Outcome {
        SAVED, ALREADY_ANSWERED, NOT_OPEN
    }

    /** The join share-locks the cycle's row, so that a close waits for the answers being stored, and they for it. */
    private static final String CLAIM = "UPDATE feedback_link l " + CycleSql.join("c", "l.cycle_id")
            + " SET l.used_at = NOW(3)"
            + " WHERE l.id = ? AND l.used_at IS NULL AND l.revoked_at IS NULL AND " + CycleSql.isOpen("c");
    private static final String STORE = "INSERT INTO customer_rating (link_id, cycle_id, customer_id, employee_id,"
            + " process_id, responsiveness, solved, promises, company, first_contact, comment, submitted_at)"
            + " SELECT id, cycle_id, customer_id, employee_id, process_id, ?, ?, ?, ?, ?, ?, used_at FROM feedback_link WHERE id = ?";
    private static final String ANSWERED = "SELECT used_at IS NOT NULL FROM feedback_link WHERE id = ?";
    /** MySQL's error for a duplicate key: a second answer to the same link, refused by the unique link_id. */
    private static final int DUPLICATE_KEY = 1062;

    private final CustomerDatabase database;
    private final AnswerFollowUps followUps;

    Ratings(CustomerDatabase database, AnswerFollowUps followUps) {
        this.database = database;
        this.followUps = followUps;
    }

    public CompletionStage<Outcome> record(CustomerLink link, SubmittedAnswers answers) {
        return database.answer(database.pool().withTransaction(connection -> claimAndStore(connection, link, answers))
                .recover(failure -> failure instanceof MySQLException refused && refused.getErrorCode() == DUPLICATE_KEY
                        ? Future.succeededFuture(Outcome.ALREADY_ANSWERED)
                        : Future.failedFuture(failure)), "store a customer's answers");
    }

    private Future<Outcome> claimAndStore(SqlConnection connection, CustomerLink link, SubmittedAnswers answers) {
        long linkId = link.id();
        return connection.preparedQuery(CLAIM).execute(Tuple.of(linkId)).compose(claimed -> claimed.rowCount() == 0
                ? connection.preparedQuery(ANSWERED).execute(Tuple.of(linkId))
                        .map(rows -> rows.size() > 0 && rows.iterator().next().getLong(0) == 1
                                ? Outcome.ALREADY_ANSWERED : Outcome.NOT_OPEN)
                : connection.preparedQuery(STORE).execute(Tuple.tuple()
                                .addInteger(answers.rating("responsiveness")).addInteger(answers.rating("solved"))
                                .addInteger(answers.rating("promises")).addInteger(answers.rating("company"))
                                .addString(answers.contact().name()).addString(answers.comment())
                                .addLong(linkId))
                        .compose(stored -> followUps.stored(connection, new StoredAnswer(
                                stored.property(MySQLClient.LAST_INSERTED_ID), link.cycleId(), link.customerId(),
                                link.employeeId(), answers)))
                        .map(opened -> Outcome.SAVED));
    }
}
