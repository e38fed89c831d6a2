package org.twoway.friction;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.Tuple;
import java.util.List;
import org.twoway.cycles.ReviewCycle;

/** The pain_report table as a database reader sees it, for tests. */
final class PainReportRows {

    private PainReportRows() {
    }

    static long count(ReviewCycle cycle, BusinessProcess process) {
        return QuarkusTransaction.requiringNew().call(() ->
                PainReport.count("cycle.id = ?1 and process.id = ?2", cycle.id, process.id));
    }

    /** Every column of the reports on a process in a cycle, read with plain SQL. */
    @SuppressWarnings("unchecked")
    static List<Tuple> raw(ReviewCycle cycle, BusinessProcess process) {
        return QuarkusTransaction.requiringNew().call(() -> PainReport.getEntityManager()
                .createNativeQuery("SELECT * FROM pain_report WHERE cycle_id = ?1 AND process_id = ?2", Tuple.class)
                .setParameter(1, cycle.id).setParameter(2, process.id).getResultList());
    }
}
