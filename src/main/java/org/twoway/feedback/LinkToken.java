package org.twoway.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.twoway.system.AutoIdEntity;

/**
 * A further address of a feedback link, minted for one email (the invitation, a reminder): the token
 * HR was shown cannot be repeated because it is not stored, and every address a customer holds must
 * keep working. Only the token's SHA-256 is stored.
 */
@Entity
@Table(name = "feedback_link_token")
public class LinkToken extends AutoIdEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "link_id")
    public FeedbackLink link;

    @Column(name = "token_hash", nullable = false, length = 64)
    public String tokenHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();
}
