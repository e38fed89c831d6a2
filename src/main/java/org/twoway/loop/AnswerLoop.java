package org.twoway.loop;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import org.twoway.feedback.AnswerFollowUps;
import org.twoway.feedback.SubmittedAnswers;
import org.twoway.system.TwowayConfig;

/**
 * The loop's part of storing an answer, on the answer's own connection (so in its transaction, on the customer's
 * non-blocking path). First the answer becomes the later answer of its customer's follow-ups in the cycle that
 * were contacted and wait for one, so that the report reads recovery from follow_up alone (scoring.md); then, if
 * it calls for one, it opens a follow-up owned by the employee it is about, queued for the owner's email. The
 * times go in as milliseconds since the epoch, which FROM_UNIXTIME turns into the session's zone and the column
 * back into an instant, as the database's own NOW(3) does for the answer.
 */
@ApplicationScoped
class AnswerLoop implements AnswerFollowUps {

    private static final String LATER = "UPDATE follow_up SET later_rating_id = ?, later_score_sum = ?"
            + " WHERE customer_id = ? AND cycle_id = ? AND later_rating_id IS NULL AND contacted_at IS NOT NULL"
            + " AND source = 'ANSWER'";
    private static final String OPEN = "INSERT INTO follow_up (cycle_id, customer_id, owner_id, source, rating_id,"
            + " call_back, answer_score_sum, opened_at, due_at) VALUES (?, ?, ?, 'ANSWER', ?, ?, ?, FROM_UNIXTIME(? / 1000),"
            + " FROM_UNIXTIME(? / 1000))";

    private final LoopConfig config;
    private final ZoneId zone;

    AnswerLoop(LoopConfig config, TwowayConfig twoway) {
        this.config = config;
        this.zone = twoway.timeZone();
    }

    @Override
    public Future<Void> stored(SqlConnection connection, StoredAnswer stored) {
        SubmittedAnswers a = stored.answers();
        int q1 = a.rating("responsiveness");
        int q2 = a.rating("solved");
        int q3 = a.rating("promises");
        Future<?> later = connection.preparedQuery(LATER).execute(Tuple.of(stored.ratingId(), q1 + q2 + q3,
                stored.customerId(), stored.cycleId()));
        if (!Triggers.opensFollowUp(config.lowScore(), q1, q2, q3, a.rating("company"), a.contact().name(), a.wantsCallBack())) {
            return later.mapEmpty();
        }
        Instant opened = Instant.now();
        Instant due = WorkingDays.due(opened, config.dueWorkingDays(), zone);
        return later.compose(done -> connection.preparedQuery(OPEN).execute(Tuple.from(new Object[] {stored.cycleId(),
                        stored.customerId(), stored.employeeId(), stored.ratingId(), a.wantsCallBack(), q1 + q2 + q3, opened.toEpochMilli(),
                        due.toEpochMilli()})))
                .mapEmpty();
    }

    @Override
    public int workingDaysToCallBack() {
        return config.dueWorkingDays();
    }
}
