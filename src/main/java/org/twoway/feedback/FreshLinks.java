package org.twoway.feedback;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.twoway.people.SessionKey;
import org.twoway.system.Tokens;

/**
 * Freshly issued links between HR's POST and the page that shows them (a redirect away), so the issuing
 * form can redirect like every other and a reload never issues twice. They wait in the table
 * {@code fresh_link_batch}, so the next request may land on any node: the handle only as its SHA-256, the
 * links with their tokens only AES-GCM encrypted under a key derived from the session key. The page shows
 * them once and the CSV can be taken once; both are gone after {@code twoway.feedback.fresh-links-kept-for}
 * at the latest. Only the HR user who issued them sees them.
 */
@ApplicationScoped
public class FreshLinks {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final SecretKeySpec key;
    private final long keptForMicros;

    FreshLinks(EntityManager em, SessionKey sessionKey, FeedbackConfig config) {
        this.em = em;
        this.key = new SecretKeySpec(sessionKey.derive("fresh-links"), "AES");
        this.keptForMicros = config.freshLinksKeptFor().toNanos() / 1000;
    }

    /** Keeps the links for their one showing and returns the handle of the page that shows them. */
    public String keep(String owner, long cycleId, List<IssuedLink> links) {
        String handle = Tokens.random();
        String hash = Tokens.sha256(handle);
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] payload = crypt(Cipher.ENCRYPT_MODE, iv, aad(hash, owner, cycleId), encode(links));
        QuarkusTransaction.joiningExisting().run(() -> {
            em.createNativeQuery("DELETE FROM fresh_link_batch WHERE expires_at <= NOW(3)").executeUpdate();
            em.createNativeQuery("INSERT INTO fresh_link_batch (handle_hash, owner, cycle_id, expires_at, iv, payload)"
                    + " VALUES (?1, ?2, ?3, TIMESTAMPADD(MICROSECOND, ?4, NOW(3)), ?5, ?6)")
                    .setParameter(1, hash).setParameter(2, owner).setParameter(3, cycleId)
                    .setParameter(4, keptForMicros).setParameter(5, iv).setParameter(6, payload)
                    .executeUpdate();
        });
        return handle;
    }

    /** The links for the page, the first time it is asked for; empty when shown before, expired or not this user's. */
    public Optional<List<IssuedLink>> showPage(String owner, long cycleId, String handle) {
        return take(owner, cycleId, handle, "page_shown");
    }

    /** The links for the CSV, the first time it is asked for. */
    public Optional<List<IssuedLink>> takeCsv(String owner, long cycleId, String handle) {
        return take(owner, cycleId, handle, "csv_taken");
    }

    private Optional<List<IssuedLink>> take(String owner, long cycleId, String handle, String showing) {
        if (handle == null) {
            return Optional.empty();
        }
        String hash = Tokens.sha256(handle);
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<?> found = em.createNativeQuery("SELECT iv, payload, page_shown, csv_taken FROM fresh_link_batch"
                    + " WHERE handle_hash = ?1 AND owner = ?2 AND cycle_id = ?3 AND expires_at > NOW(3)"
                    + " AND NOT " + showing + " FOR UPDATE")
                    .setParameter(1, hash).setParameter(2, owner).setParameter(3, cycleId)
                    .getResultList();
            if (found.isEmpty()) {
                return Optional.<List<IssuedLink>>empty();
            }
            Object[] row = (Object[]) found.get(0);
            boolean otherDone = showing.equals("page_shown") ? (Boolean) row[3] : (Boolean) row[2];
            em.createNativeQuery(otherDone ? "DELETE FROM fresh_link_batch WHERE handle_hash = ?1"
                    : "UPDATE fresh_link_batch SET " + showing + " = TRUE WHERE handle_hash = ?1")
                    .setParameter(1, hash).executeUpdate();
            return Optional.of(decode(crypt(Cipher.DECRYPT_MODE, (byte[]) row[0], aad(hash, owner, cycleId), (byte[]) row[1])));
        });
    }

    /** Binds the ciphertext to its row: a payload copied under another handle, person or cycle does not decrypt. */
    private static byte[] aad(String hash, String owner, long cycleId) {
        return (hash + "\n" + owner + "\n" + cycleId).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] crypt(int mode, byte[] iv, byte[] aad, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Fresh links could not be " + (mode == Cipher.ENCRYPT_MODE ? "encrypted" : "decrypted")
                    + " (was TWOWAY_SESSION_KEY changed?)", e);
        }
    }

    private static byte[] encode(List<IssuedLink> links) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(links.size());
            for (IssuedLink link : links) {
                for (String text : new String[] {link.customer(), link.customerEmail(), link.employee(), link.process(), link.url()}) {
                    out.writeBoolean(text != null);
                    if (text != null) {
                        out.writeUTF(text);
                    }
                }
                out.writeLong(link.expiresAt().toEpochMilli());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<IssuedLink> decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int size = in.readInt();
            List<IssuedLink> links = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                String[] texts = new String[5];
                for (int t = 0; t < texts.length; t++) {
                    texts[t] = in.readBoolean() ? in.readUTF() : null;
                }
                links.add(new IssuedLink(texts[0], texts[1], texts[2], texts[3], texts[4], Instant.ofEpochMilli(in.readLong())));
            }
            return List.copyOf(links);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
