package org.twoway.feedback;

import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import org.twoway.system.Tokens;

/**
 * Freshly issued links between HR's POST and the page that shows them (a redirect away), so the issuing
 * form can redirect like every other and a reload never issues twice. Tokens live only here, in memory:
 * the page shows them once and the CSV can be taken once; both are gone after
 * {@code twoway.feedback.fresh-links-kept-for} at the latest. Only the HR user who issued them sees them.
 */
@ApplicationScoped
public class FreshLinks {

    /** What is kept for one issuing: who issued, for which cycle, and which of the two showings are left. */
    private static final class Batch {
        final String owner;
        final long cycleId;
        final List<IssuedLink> links;
        boolean pageShown;
        boolean csvTaken;

        Batch(String owner, long cycleId, List<IssuedLink> links) {
            this.owner = owner;
            this.cycleId = cycleId;
            this.links = links;
        }
    }

    private final ConcurrentMap<String, Batch> batches;

    FreshLinks(FeedbackConfig config) {
        this.batches = Caffeine.newBuilder().expireAfterWrite(config.freshLinksKeptFor()).<String, Batch>build().asMap();
    }

    /** Keeps the links for their one showing and returns the handle of the page that shows them. */
    public String keep(String owner, long cycleId, List<IssuedLink> links) {
        String handle = Tokens.random();
        batches.put(handle, new Batch(owner, cycleId, List.copyOf(links)));
        return handle;
    }

    /** The links for the page, the first time it is asked for; empty when shown before, expired or not this user's. */
    public Optional<List<IssuedLink>> showPage(String owner, long cycleId, String handle) {
        return take(owner, cycleId, handle, true);
    }

    /** The links for the CSV, the first time it is asked for. */
    public Optional<List<IssuedLink>> takeCsv(String owner, long cycleId, String handle) {
        return take(owner, cycleId, handle, false);
    }

    private Optional<List<IssuedLink>> take(String owner, long cycleId, String handle, boolean page) {
        if (handle == null) {
            return Optional.empty();
        }
        AtomicReference<List<IssuedLink>> taken = new AtomicReference<>();
        batches.computeIfPresent(handle, (key, batch) -> {
            if (!batch.owner.equals(owner) || batch.cycleId != cycleId || (page ? batch.pageShown : batch.csvTaken)) {
                return batch;
            }
            taken.set(batch.links);
            if (page) {
                batch.pageShown = true;
            } else {
                batch.csvTaken = true;
            }
            return batch.pageShown && batch.csvTaken ? null : batch;
        });
        return Optional.ofNullable(taken.get());
    }
}
