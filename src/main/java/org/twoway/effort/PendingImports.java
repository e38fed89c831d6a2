package org.twoway.effort;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.twoway.system.Tokens;

/**
 * Checked rows of an uploaded file, waiting for HR to confirm the preview. They stay on the server, in
 * the table {@code effort_import_upload} (so the confirmation may reach any node), under a random id
 * stored only as its SHA-256 and bound to the person and the cycle, so the confirmation cannot swap in
 * other rows; each person has at most one waiting, for half an hour.
 */
@ApplicationScoped
class PendingImports {

    static final Duration KEEP = Duration.ofMinutes(30);

    private final EntityManager em;

    PendingImports(EntityManager em) {
        this.em = em;
    }

    String keep(String owner, long cycleId, EffortRows rows) {
        String id = Tokens.random();
        byte[] compressed = rows.compressed();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM effort_import_upload WHERE owner = ?1 OR expires_at <= NOW(3)")
                    .setParameter(1, owner).executeUpdate();
            em.createNativeQuery("INSERT INTO effort_import_upload (id_hash, owner, cycle_id, row_count, expires_at, checked_rows)"
                    + " VALUES (?1, ?2, ?3, ?4, TIMESTAMPADD(SECOND, ?5, NOW(3)), ?6)")
                    .setParameter(1, Tokens.sha256(id)).setParameter(2, owner).setParameter(3, cycleId)
                    .setParameter(4, rows.size()).setParameter(5, KEEP.toSeconds()).setParameter(6, compressed)
                    .executeUpdate();
        });
        return id;
    }

    /** The rows waiting under the id, once: a preview is imported at most one time. */
    Optional<EffortRows> take(String id, String owner, long cycleId) {
        if (id == null) {
            return Optional.empty();
        }
        String hash = Tokens.sha256(id);
        List<?> found = QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("SELECT checked_rows FROM effort_import_upload"
                    + " WHERE id_hash = ?1 AND owner = ?2 AND cycle_id = ?3 AND expires_at > NOW(3) FOR UPDATE")
                    .setParameter(1, hash).setParameter(2, owner).setParameter(3, cycleId).getResultList();
            if (!rows.isEmpty()) {
                em.createNativeQuery("DELETE FROM effort_import_upload WHERE id_hash = ?1").setParameter(1, hash).executeUpdate();
            }
            return rows;
        });
        return found.stream().findFirst().map(blob -> EffortRows.decompressed((byte[]) blob));
    }
}
