package org.twoway.effort;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.twoway.system.Tokens;

/**
 * Checked rows of an uploaded file, waiting for HR to confirm the preview. They stay on the server,
 * under a random id bound to the person and the cycle, so the confirmation cannot swap in other
 * rows; each person has at most one waiting, for half an hour.
 */
@ApplicationScoped
class PendingImports {

    static final Duration KEEP = Duration.ofMinutes(30);

    private record Pending(String owner, long cycleId, EffortRows rows, Instant at) {
    }

    private final Map<String, Pending> byId = new ConcurrentHashMap<>();

    String keep(String owner, long cycleId, EffortRows rows) {
        Instant now = Instant.now();
        byId.values().removeIf(p -> p.owner().equals(owner) || p.at().plus(KEEP).isBefore(now));
        String id = Tokens.random();
        byId.put(id, new Pending(owner, cycleId, rows, now));
        return id;
    }

    /** The rows waiting under the id, once: a preview is imported at most one time. */
    Optional<EffortRows> take(String id, String owner, long cycleId) {
        Pending pending = id == null ? null : byId.get(id);
        if (pending == null || !pending.owner().equals(owner) || pending.cycleId() != cycleId
                || pending.at().plus(KEEP).isBefore(Instant.now()) || !byId.remove(id, pending)) {
            return Optional.empty();
        }
        return Optional.of(pending.rows());
    }
}
