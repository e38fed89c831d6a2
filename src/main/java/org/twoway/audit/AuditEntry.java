package org.twoway.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.twoway.system.AutoIdEntity;
import org.twoway.system.Paging;

/** One line of the audit log: when, who (an email, or "system"), what, and to what. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends AutoIdEntity {

    @Column(name = "occurred_at", nullable = false)
    public Instant at = Instant.now();

    @Column(nullable = false, length = 254)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public AuditAction action;

    @Column(nullable = false, length = 500)
    public String target;

    /** Newest first; all actions when {@code action} is null. */
    public static List<AuditEntry> newestFirst(AuditAction action, Paging paging) {
        var query = action == null ? find("order by id desc") : find("action = ?1 order by id desc", action);
        return query.page(paging.rows()).list();
    }

    public static long countOf(AuditAction action) {
        return action == null ? count() : count("action", action);
    }
}
