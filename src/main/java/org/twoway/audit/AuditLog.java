package org.twoway.audit;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

/**
 * Writes the audit log. A record joins the transaction of the change it describes, so the two are kept or
 * lost together; a sign-in or an export, which change nothing, is recorded in a transaction of its own.
 */
@ApplicationScoped
public class AuditLog {

    static final String SYSTEM = "system";
    private static final int ACTOR_LENGTH = 254;
    private static final int TARGET_LENGTH = 500;

    private final Instance<SecurityIdentity> identity;

    AuditLog(Instance<SecurityIdentity> identity) {
        this.identity = identity;
    }

    /** Records what the signed-in person (or, outside a request, the system) did. */
    @Transactional
    public void record(AuditAction action, String target) {
        record(currentActor(), action, target);
    }

    @Transactional
    public void record(String actor, AuditAction action, String target) {
        AuditEntry entry = new AuditEntry();
        entry.actor = clip(actor, ACTOR_LENGTH);
        entry.action = action;
        entry.target = clip(target, TARGET_LENGTH);
        entry.persist();
    }

    private String currentActor() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        SecurityIdentity who = identity.get();
        return who.isAnonymous() ? "anonymous" : who.getPrincipal().getName();
    }

    /** Control characters out, and cut to the column's length in whole characters. */
    static String clip(String text, int length) {
        String clean = text == null ? "" : text.replaceAll("\\p{Cntrl}", " ");
        return clean.codePointCount(0, clean.length()) <= length ? clean
                : clean.substring(0, clean.offsetByCodePoints(0, length - 1)) + "…";
    }
}
