package org.twoway.effort;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.twoway.system.Numbers;
import org.twoway.system.Refusal;
import org.twoway.system.Tokens;

/**
 * Confirmed imports run in the background, so that the browser can watch a progress page while a
 * large file is written batch by batch; the outcome stays readable for an hour.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);
    private static final Duration KEEP = Duration.ofHours(1);

    @TemplateData
    public static final class Job {
        public final String id;
        public final long cycleId;
        public final int total;
        public final BigDecimal hours;
        final String owner;
        final Instant started = Instant.now();
        final AtomicInteger written = new AtomicInteger();
        volatile Instant finished;
        volatile String failure;

        Job(String owner, long cycleId, EffortRows rows) {
            this.id = Tokens.random();
            this.owner = owner;
            this.cycleId = cycleId;
            this.total = rows.size();
            this.hours = rows.totalHours();
        }

        public boolean isRunning() {
            return finished == null;
        }

        /** Rows written so far; they become visible to others only when the whole import commits. */
        public int getWritten() {
            return written.get();
        }

        public int getPercent() {
            return total == 0 ? 100 : (int) (100L * written.get() / total);
        }

        /** Why nothing was imported, or null. */
        public String getFailure() {
            return failure;
        }

        public String getSeconds() {
            Instant end = finished == null ? Instant.now() : finished;
            return Numbers.oneDecimal(Duration.between(started, end).toMillis() / 1000.0);
        }

        public long getRowsPerSecond() {
            long millis = Math.max(1, Duration.between(started, finished == null ? Instant.now() : finished).toMillis());
            return total * 1000L / millis;
        }
    }

    private final ConcurrentMap<String, Job> byId = Caffeine.newBuilder().expireAfterWrite(KEEP)
            .<String, Job>build().asMap();
    private final EffortInserter inserter;
    private final ManagedExecutor executor;

    ImportJobs(EffortInserter inserter, ManagedExecutor executor) {
        this.inserter = inserter;
        this.executor = executor;
    }

    Job start(String owner, long cycleId, EffortRows rows) {
        Job job = new Job(owner, cycleId, rows);
        byId.put(job.id, job);
        executor.execute(() -> run(job, rows));
        return job;
    }

    Optional<Job> find(String id, String owner, long cycleId) {
        return Optional.ofNullable(byId.get(id)).filter(j -> j.owner.equals(owner) && j.cycleId == cycleId);
    }

    private void run(Job job, EffortRows rows) {
        try {
            inserter.insert(job.cycleId, rows, EffortEntry.IMPORT, job.owner, job.written::set);
            LOG.infof("%s imported %d effort rows into cycle %d in %s s", job.owner, job.total, job.cycleId, job.getSeconds());
        } catch (Refusal refusal) {
            job.failure = refusal.getMessage();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Effort import into cycle %d failed", job.cycleId);
            job.failure = "The database refused the import (" + e.getClass().getSimpleName() + "); see the server log.";
        } finally {
            if (job.failure != null) {
                job.written.set(0);
            }
            job.finished = Instant.now();
            byId.put(job.id, job); // kept an hour from now, when it finished
        }
    }
}
