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
 * Opens the follow-up an answer calls for, owned by the employee it is about, on the answer's own connection
 * (so in its transaction, on the customer's non-blocking path): one INSERT, queued for the owner's email. The
 * times go in as milliseconds since the epoch, which FROM_UNIXTIME turns into the session's zone and the column
 * back into an instant, as the database's own NOW(3) does for the answer.
 */
@ApplicationScoped
class AnswerLoop implements AnswerFollowUps {

    private static final String OPEN = "INSERT INTO follow_up (cycle_id, customer_id, owner_id, source, rating_id,"
            + " opened_at, due_at) VALUES (?, ?, ?, 'ANSWER', ?, FROM_UNIXTIME(? / 1000), FROM_UNIXTIME(? / 1000))";

    private final LoopConfig config;
    private final ZoneId zone;

    AnswerLoop(LoopConfig config, TwowayConfig twoway) {
        this.config = config;
        this.zone = twoway.timeZone();
    }

    @Override
    public Future<Void> openFor(SqlConnection connection, StoredAnswer stored) {
        SubmittedAnswers a = stored.answers();
        if (!Triggers.opensFollowUp(config.lowScore(), a.rating("responsiveness"), a.rating("solved"), a.rating("promises"),
                a.rating("company"), a.contact().name(), a.wantsCallBack())) {
            return Future.succeededFuture();
        }
        Instant opened = Instant.now();
        Instant due = WorkingDays.due(opened, config.dueWorkingDays(), zone);
        return connection.preparedQuery(OPEN).execute(Tuple.of(stored.cycleId(), stored.customerId(), stored.employeeId(),
                        stored.ratingId(), opened.toEpochMilli(), due.toEpochMilli()))
                .mapEmpty();
    }

    @Override
    public int workingDaysToCallBack() {
        return config.dueWorkingDays();
    }
}
