package org.twoway.effort;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.twoway.system.Numbers;
import org.twoway.system.Refusal;
import org.twoway.system.Tokens;

/**
 * Confirmed imports run in the background, so that the browser can watch a progress page while a
 * large file is written batch by batch; the outcome stays readable for an hour. Each job is a row of
 * {@code effort_import_job}: the node running it commits its progress after every batch, in a short
 * transaction of its own, so a progress request that lands on another node sees it too.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);
    private static final String KEPT = "INTERVAL 1 HOUR";
    private static final String STALLED = "The import stopped before it finished: the server running it went away,"
            + " and the database undid its unfinished transaction.";

    enum State { RUNNING, DONE, FAILED }

    /** A job as its row says it stands at the moment of reading. */
    @TemplateData
    public static final class Job {
        public final String id;
        public final long cycleId;
        public final int total;
        public final BigDecimal hours;
        private final int written;
        private final String failure;
        private final boolean running;
        private final long millis;

        Job(String id, long cycleId, int total, BigDecimal hours, int written, String failure, boolean running, long millis) {
            this.id = id;
            this.cycleId = cycleId;
            this.total = total;
            this.hours = hours;
            this.written = written;
            this.failure = failure;
            this.running = running;
            this.millis = millis;
        }

        public boolean isRunning() {
            return running;
        }

        /** Rows written so far; they become visible to others only when the whole import commits. */
        public int getWritten() {
            return written;
        }

        public int getPercent() {
            return total == 0 ? 100 : (int) (100L * written / total);
        }

        /** Why nothing was imported, or null. */
        public String getFailure() {
            return failure;
        }

        public String getSeconds() {
            return Numbers.oneDecimal(millis / 1000.0);
        }

        public long getRowsPerSecond() {
            return total * 1000L / Math.max(1, millis);
        }
    }

    private final EffortInserter inserter;
    private final ManagedExecutor executor;
    private final EntityManager em;
    private final long stalledAfterMicros;

    ImportJobs(EffortInserter inserter, ManagedExecutor executor, EntityManager em, EffortConfig config) {
        this.inserter = inserter;
        this.executor = executor;
        this.em = em;
        this.stalledAfterMicros = config.importStalledAfter().toNanos() / 1000;
    }

    /** Records the job, starts it in the background and answers its id. */
    String start(String owner, long cycleId, EffortRows rows) {
        String id = Tokens.random();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM effort_import_job WHERE updated_at < NOW(3) - " + KEPT).executeUpdate();
            em.createNativeQuery("INSERT INTO effort_import_job (id, owner, cycle_id, state, total, hours)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, id).setParameter(2, owner).setParameter(3, cycleId)
                    .setParameter(4, State.RUNNING.name()).setParameter(5, rows.size()).setParameter(6, rows.totalHours())
                    .executeUpdate();
        });
        executor.execute(() -> run(id, owner, cycleId, rows));
        return id;
    }

    Optional<Job> find(String id, String owner, long cycleId) {
        List<?> found = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT state, written, total, hours, message,"
                        + " TIMESTAMPDIFF(MICROSECOND, started_at, COALESCE(finished_at, NOW(3))) DIV 1000,"
                        + " CASE WHEN updated_at < TIMESTAMPADD(MICROSECOND, -?4, NOW(3)) THEN 1 ELSE 0 END"
                        + " FROM effort_import_job WHERE id = ?1 AND owner = ?2 AND cycle_id = ?3"
                        + " AND updated_at >= NOW(3) - " + KEPT)
                .setParameter(1, id).setParameter(2, owner).setParameter(3, cycleId).setParameter(4, stalledAfterMicros)
                .getResultList());
        return found.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            State state = State.valueOf((String) row[0]);
            boolean stalled = state == State.RUNNING && ((Number) row[6]).intValue() == 1;
            String failure = stalled ? STALLED : (String) row[4];
            return new Job(id, cycleId, ((Number) row[2]).intValue(), (BigDecimal) row[3],
                    failure == null ? ((Number) row[1]).intValue() : 0, failure, state == State.RUNNING && !stalled,
                    ((Number) row[5]).longValue());
        });
    }

    private void run(String id, String owner, long cycleId, EffortRows rows) {
        String failure = null;
        try {
            inserter.insert(cycleId, rows, EffortEntry.IMPORT, owner, written -> progress(id, written));
            LOG.infof("%s imported %d effort rows into cycle %d", owner, rows.size(), cycleId);
        } catch (Refusal refusal) {
            failure = refusal.getMessage();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Effort import into cycle %d failed", cycleId);
            failure = "The database refused the import (" + e.getClass().getSimpleName() + "); see the server log.";
        }
        finish(id, failure);
    }

    /** Commits the progress at once, outside the import's own transaction, which is still open. */
    private void progress(String id, int written) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE effort_import_job SET written = ?2, updated_at = NOW(3) WHERE id = ?1")
                .setParameter(1, id).setParameter(2, written).executeUpdate());
    }

    private void finish(String id, String failure) {
        QuarkusTransaction.requiringNew().run(() -> (failure == null
                ? em.createNativeQuery("UPDATE effort_import_job SET state = ?2, written = total,"
                        + " finished_at = NOW(3), updated_at = NOW(3) WHERE id = ?1").setParameter(2, State.DONE.name())
                : em.createNativeQuery("UPDATE effort_import_job SET state = ?2, written = 0, message = ?3,"
                        + " finished_at = NOW(3), updated_at = NOW(3) WHERE id = ?1").setParameter(2, State.FAILED.name())
                        .setParameter(3, failure))
                .setParameter(1, id).executeUpdate());
    }
}
