package org.twoway.people;

import org.twoway.system.AutoIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A signed-in browser. Signing out deletes the row, which makes the old cookie useless. */
@Entity
@Table(name = "user_session")
public class UserSession extends AutoIdEntity {

    @Column(name = "token_hash", nullable = false, length = 64)
    public String tokenHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    public UserAccount user;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt = Instant.now();

    public static Optional<UserSession> findByTokenHash(String tokenHash) {
        return find("from UserSession s join fetch s.user u left join fetch u.employee where s.tokenHash = ?1", tokenHash)
                .firstResultOptional();
    }

    public static long deleteForUser(UserAccount user) {
        return delete("user", user);
    }
}
