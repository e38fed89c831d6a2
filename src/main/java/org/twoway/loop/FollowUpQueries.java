package org.twoway.loop;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Consumer;
import org.twoway.system.SqlRows;

/**
 * A cycle's follow-ups as the report reads them, set-based: what the loop's measures need of each (scoring.md,
 * "Closing the loop"), from follow_up alone. The answer that opened a follow-up and the customer's first answer
 * after its contact left their q1 + q2 + q3 on it as they were stored ({@link AnswerLoop}), so no answer is read
 * here. Ids, not names: the report puts them together with the other features' names.
 */
public final class FollowUpQueries {

    /**
     * One follow-up.
     *
     * @param ownerId        its current owner, or null while unowned
     * @param source         {@code ANSWER} or {@code DIRECT_CONTACT}
     * @param contactedAt    the first contact, or null
     * @param contactByOther whether someone other than the owner of that moment recorded the first contact
     * @param answerScoreSum q1 + q2 + q3 of the answer that opened it; null for a direct contact
     * @param laterScoreSum  for an answer's follow-up, q1 + q2 + q3 of the customer's first answer in the cycle after
     *                       the first contact; else null
     */
    public record Row(Long ownerId, String source, Instant dueAt, Instant contactedAt, boolean contactByOther,
            Integer answerScoreSum, Integer laterScoreSum) {
    }

    private static final String CYCLE = "SELECT owner_id, source, due_at, contacted_at, contact_by_other, answer_score_sum,"
            + " later_score_sum FROM follow_up WHERE cycle_id = ?";

    private FollowUpQueries() {
    }

    /** Hands each of the cycle's follow-ups to {@code each} as it is read, so that none is kept here. */
    public static void ofCycle(Connection connection, long cycleId, Consumer<Row> each) throws SQLException {
        SqlRows.stream(connection, CYCLE, row -> each.accept(new Row(row.getObject(1, Long.class), row.getString(2),
                row.getTimestamp(3).toInstant(), instant(row.getTimestamp(4)), row.getBoolean(5),
                row.getObject(6, Integer.class), row.getObject(7, Integer.class))), cycleId);
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
