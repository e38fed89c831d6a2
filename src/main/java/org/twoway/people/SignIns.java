package org.twoway.people;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.twoway.audit.AuditAction;
import org.twoway.audit.AuditLog;

/**
 * Every sign-in, by the login form or by HTTP Basic: refused without a look at the password while the email
 * or the address is locked, checked otherwise, and logged with the email tried, never the password.
 */
@ApplicationScoped
public class SignIns {

    private static final Logger LOG = Logger.getLogger(SignIns.class);
    private static final String ANONYMOUS = "anonymous";

    /** The account signed in, or none; {@code secondsLocked} above 0 when the attempt was not even checked. */
    public record Attempt(Optional<UserAccount> account, long secondsLocked) {

        public boolean locked() {
            return secondsLocked > 0;
        }
    }

    private final Passwords passwords;
    private final SignInThrottle throttle;
    private final AuditLog audit;

    SignIns(Passwords passwords, SignInThrottle throttle, AuditLog audit) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    public Attempt attempt(String email, String password, String address) {
        String tried = loggable(email);
        long locked = throttle.secondsLocked(email, address);
        if (locked > 0) {
            LOG.warnf("Sign-in refused for %s from %s: locked for %d s after repeated failures", tried, address, locked);
            audit.record(ANONYMOUS, AuditAction.SIGN_IN_LOCKED, tried + " from " + address);
            return new Attempt(Optional.empty(), locked);
        }
        Optional<UserAccount> account = passwords.check(email, password);
        if (account.isEmpty()) {
            throttle.failed(email, address);
            LOG.warnf("Sign-in failed for %s from %s", tried, address);
            audit.record(ANONYMOUS, AuditAction.SIGN_IN_FAILED, tried + " from " + address);
        } else {
            throttle.succeeded(email);
        }
        return new Attempt(account, 0);
    }

    /** The email as a log line may hold it: short, and without line breaks or other control characters. */
    static String loggable(String email) {
        if (email == null) {
            return "(none)";
        }
        String clean = email.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }
}
