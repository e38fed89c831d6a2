package org.twoway.loop;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.twoway.feedback.RatingSql;
import org.twoway.system.SqlRows;

/**
 * A cycle's follow-ups as the report reads them, set-based: what the loop's measures need of each (scoring.md,
 * "Closing the loop"), with the answer that opened it and the customer's first answer after its first contact.
 * Those two come from one pass over the cycle's answers in their customers' time order ({@link RatingSql}), merged
 * with the follow-ups here: asked of each follow-up in the database, the next answer cost a lookup each, seconds for
 * 200,000 (docs/benchmarks.md). Ids, not names: the report puts them together with the other features' names.
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

    private static final String CYCLE = "SELECT owner_id, source, due_at, contacted_at, contact_by_other, customer_id,"
            + " rating_id FROM follow_up WHERE cycle_id = ?";

    private FollowUpQueries() {
    }

    public static List<Row> ofCycle(Connection connection, long cycleId) throws SQLException {
        List<Read> followUps = new ArrayList<>();
        SqlRows.stream(connection, CYCLE, row -> followUps.add(new Read(row)), cycleId);
        Map<Long, Read> byAnswer = new HashMap<>();
        Map<Long, List<Read>> contactedByCustomer = new HashMap<>();
        for (Read followUp : followUps) {
            if (followUp.ratingId != null) {
                byAnswer.put(followUp.ratingId, followUp);
                if (followUp.contactedAt != null) {
                    contactedByCustomer.computeIfAbsent(followUp.customerId, id -> new ArrayList<>()).add(followUp);
                }
            }
        }
        contactedByCustomer.values().forEach(list -> list.sort(Comparator.comparing((Read f) -> f.contactedAt)));
        SqlRows.stream(connection, RatingSql.scoresByCustomerInTimeOrder(), new Answers(byAnswer, contactedByCustomer),
                cycleId);
        return followUps.stream().map(Read::row).toList();
    }

    /** A follow-up as read, waiting for its answers' scores. */
    private static final class Read {
        private final Long ownerId;
        private final String source;
        private final Instant dueAt;
        private final Instant contactedAt;
        private final boolean contactByOther;
        private final long customerId;
        private final Long ratingId;
        private Integer answerScoreSum;
        private Integer laterScoreSum;

        Read(ResultSet row) throws SQLException {
            ownerId = row.getObject(1, Long.class);
            source = row.getString(2);
            dueAt = row.getTimestamp(3).toInstant();
            contactedAt = instant(row.getTimestamp(4));
            contactByOther = row.getBoolean(5);
            customerId = row.getLong(6);
            ratingId = row.getObject(7, Long.class);
        }

        Row row() {
            return new Row(ownerId, source, dueAt, contactedAt, contactByOther, answerScoreSum, laterScoreSum);
        }
    }

    /**
     * Gives each follow-up the score of the answer that opened it and of its customer's first answer after its
     * contact: the answers come by customer in time order, the customer's contacted follow-ups wait in contact order,
     * and each answer is the next one of every follow-up contacted before it that has none yet.
     */
    private static final class Answers implements SqlRows.Row {
        private final Map<Long, Read> byAnswer;
        private final Map<Long, List<Read>> contactedByCustomer;
        private long customerId = -1;
        private List<Read> waiting = List.of();
        private int next;

        Answers(Map<Long, Read> byAnswer, Map<Long, List<Read>> contactedByCustomer) {
            this.byAnswer = byAnswer;
            this.contactedByCustomer = contactedByCustomer;
        }

        @Override
        public void read(ResultSet row) throws SQLException {
            long customer = row.getLong(1);
            if (customer != customerId) {
                customerId = customer;
                waiting = contactedByCustomer.getOrDefault(customer, List.of());
                next = 0;
            }
            Instant submitted = row.getTimestamp(2).toInstant();
            int scoreSum = row.getInt(4);
            Read opened = byAnswer.get(row.getLong(3));
            if (opened != null) {
                opened.answerScoreSum = scoreSum;
            }
            while (next < waiting.size() && waiting.get(next).contactedAt.isBefore(submitted)) {
                waiting.get(next++).laterScoreSum = scoreSum;
            }
        }
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
