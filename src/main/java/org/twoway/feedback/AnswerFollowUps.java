package org.twoway.feedback;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;

/**
 * What an answer may set going besides itself: the follow-up its employee owes the customer (loop.md 1). The
 * loop lives above this package, so feedback declares what it needs and {@code loop/AnswerLoop} provides it.
 */
public interface AnswerFollowUps {

    /** An answer just stored, with the link's cycle, customer and employee. */
    record StoredAnswer(long ratingId, long cycleId, long customerId, long employeeId, SubmittedAnswers answers) {
    }

    /**
     * Opens the follow-up the answer calls for, if it calls for one, on the answer's connection and so in its
     * transaction: both are stored, or neither.
     */
    Future<Void> openFor(SqlConnection connection, StoredAnswer answer);

    /** Within how many working days the employee gets back to a customer who asked for it. */
    int workingDaysToCallBack();
}
