package org.twoway.feedback;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;

/**
 * What an answer sets going besides itself: the follow-up its employee owes the customer (loop.md 1), and the
 * recovery that earlier follow-ups of the customer are measured by (scoring.md). The loop lives above this
 * package, so feedback declares what it needs and {@code loop/AnswerLoop} provides it.
 */
public interface AnswerFollowUps {

    /** An answer just stored, with the link's cycle, customer and employee. */
    record StoredAnswer(long ratingId, long cycleId, long customerId, long employeeId, SubmittedAnswers answers) {
    }

    /**
     * What the answer means for the loop, on the answer's connection and so in its transaction: it is the later
     * answer that follow-ups of its customer contacted before it wait for, and it opens the follow-up it calls for,
     * if it calls for one. The answer and all of that are stored, or nothing is.
     */
    Future<Void> stored(SqlConnection connection, StoredAnswer answer);

    /** Within how many working days the employee gets back to a customer who asked for it. */
    int workingDaysToCallBack();
}
