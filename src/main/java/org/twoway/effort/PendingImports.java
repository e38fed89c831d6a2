package org.twoway.effort;

import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;
import org.twoway.system.Tokens;

/**
 * Checked rows of an uploaded file, waiting for HR to confirm the preview. They stay on the server,
 * under a random id bound to the person and the cycle, so the confirmation cannot swap in other
 * rows; each person has at most one waiting, for half an hour.
 */
@ApplicationScoped
class PendingImports {

    static final Duration KEEP = Duration.ofMinutes(30);

    private record Pending(String owner, long cycleId, EffortRows rows) {
    }

    private final ConcurrentMap<String, Pending> byId = Caffeine.newBuilder().expireAfterWrite(KEEP)
            .<String, Pending>build().asMap();

    String keep(String owner, long cycleId, EffortRows rows) {
        byId.values().removeIf(p -> p.owner().equals(owner));
        String id = Tokens.random();
        byId.put(id, new Pending(owner, cycleId, rows));
        return id;
    }

    /** The rows waiting under the id, once: a preview is imported at most one time. */
    Optional<EffortRows> take(String id, String owner, long cycleId) {
        Pending pending = id == null ? null : byId.get(id);
        if (pending == null || !pending.owner().equals(owner) || pending.cycleId() != cycleId
                || !byId.remove(id, pending)) {
            return Optional.empty();
        }
        return Optional.of(pending.rows());
    }
}
