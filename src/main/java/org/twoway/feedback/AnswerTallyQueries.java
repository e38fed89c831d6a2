package org.twoway.feedback;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.twoway.system.SqlRows;

/**
 * A cycle's answers as the report reads them, set-based: the running tallies the database keeps per employee and
 * customer and per process (docs/scoring.md), and the count of links issued. Ids, not names: the report puts them
 * together with the other features' names.
 */
public final class AnswerTallyQueries {

    /** The answers about one employee from one customer: the score's and the company question's sums, first contacts. */
    public record PairTally(long employeeId, long customerId, long answers, long scoreSum, long companySum, long person,
            long channel, long escalate) {
    }

    /** The answers on one process: how many, and the sum of the three questions the score counts. */
    public record ProcessTally(long processId, long answers, long scoreSum) {
    }

    private AnswerTallyQueries() {
    }

    public static List<PairTally> pairs(Connection connection, long cycleId) throws SQLException {
        List<PairTally> pairs = new ArrayList<>();
        SqlRows.stream(connection, "SELECT employee_id, customer_id, answers, score_sum, company_sum, person, channel,"
                + " escalate FROM answer_pair_tally WHERE cycle_id = ? AND answers > 0", row -> pairs.add(new PairTally(
                        row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6),
                        row.getLong(7), row.getLong(8))), cycleId);
        return pairs;
    }

    public static List<ProcessTally> processes(Connection connection, long cycleId) throws SQLException {
        List<ProcessTally> processes = new ArrayList<>();
        SqlRows.stream(connection, "SELECT process_id, SUM(answers), SUM(score_sum) FROM answer_process_tally"
                + " WHERE cycle_id = ? GROUP BY process_id HAVING SUM(answers) > 0",
                row -> processes.add(new ProcessTally(row.getLong(1), row.getLong(2), row.getLong(3))), cycleId);
        return processes;
    }

    /** Links issued and not revoked: the response rate's denominator. */
    public static long linksIssued(Connection connection, long cycleId) throws SQLException {
        long[] count = new long[1];
        SqlRows.stream(connection, "SELECT COUNT(*) FROM feedback_link WHERE cycle_id = ? AND revoked_at IS NULL",
                row -> count[0] = row.getLong(1), cycleId);
        return count[0];
    }
}
