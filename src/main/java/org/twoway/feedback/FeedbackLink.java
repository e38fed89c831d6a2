package org.twoway.feedback;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.twoway.system.Paging;

/**
 * The invitation to rate one interaction: a customer, the employee who served them, optionally the
 * process, in one cycle. Only the SHA-256 of its token is stored; emails add tokens of their own
 * ({@link LinkToken}). It takes one answer, while its cycle is open and it is not revoked.
 */
@Entity
@Table(name = "feedback_link")
public class FeedbackLink extends AboutAPair {

    /** A link with its cycle, employee and process, in one query (the employee's team is fetched eagerly anyway). */
    private static final String FOR_CUSTOMER = "from FeedbackLink l join fetch l.cycle join fetch l.employee e"
            + " join fetch e.team left join fetch l.process";

    /** A link with what HR's list shows, in one query. */
    private static final String FOR_HR = FOR_CUSTOMER + " join fetch l.customer c join fetch c.tier";

    @Column(name = "token_hash", nullable = false, length = 64)
    public String tokenHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    /** When the cycle is due to close; the link stops working when the cycle actually closes. */
    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "send_state", nullable = false, length = 8)
    public SendState sendState = SendState.unsent;

    @Column(name = "send_attempts", nullable = false)
    public int sendAttempts;

    @Column(name = "send_error", length = 500)
    public String sendError;

    @Column(name = "send_started_at")
    public Instant sendStartedAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "reminders_sent", nullable = false)
    public int remindersSent;

    @Column(name = "last_reminded_at")
    public Instant lastRemindedAt;

    @Column(name = "used_at")
    public Instant usedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public boolean isAnswered() {
        return usedAt != null;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Whether a customer can still answer through it: not answered, not revoked, and its cycle open. */
    public boolean isOpen() {
        return usedAt == null && revokedAt == null && cycle.isOpen();
    }

    /** Whether HR may (re)queue its email: it is open, not sent or failed, and the customer has an address. */
    public boolean canBeSent() {
        return isOpen() && (sendState == SendState.unsent || sendState == SendState.failed)
                && customer.email != null && !customer.email.isBlank();
    }

    /**
     * The link behind a token's hash, whichever address it is (the one issued, or one an email carried),
     * with its cycle, employee and process. The customer's pages use the lighter {@link CustomerLinks}.
     */
    public static Optional<FeedbackLink> findByTokenHash(String tokenHash) {
        Optional<FeedbackLink> issued = find(FOR_CUSTOMER + " where l.tokenHash = ?1", tokenHash).firstResultOptional();
        if (issued.isPresent()) {
            return issued;
        }
        return find(FOR_CUSTOMER + " where l.id = (select t.link.id from LinkToken t where t.tokenHash = ?1)", tokenHash)
                .firstResultOptional();
    }

    /** One page of a cycle's links, newest first, with the names the list shows. */
    public static List<FeedbackLink> listForCycle(long cycleId, Paging paging) {
        return find(FOR_HR + " where l.cycle.id = ?1", Sort.by("l.id", Sort.Direction.Descending), cycleId)
                .page(paging.rows()).list();
    }

    public static long countForCycle(long cycleId) {
        return count("cycle.id", cycleId);
    }
}
