package org.twoway.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.twoway.system.Tokens;
import org.twoway.system.TwowayConfig;

/** Starts, finds and ends signed-in sessions. */
@ApplicationScoped
public class Sessions {

    public static final String COOKIE = "twoway_session";
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final SessionKey key;
    private final Duration timeout;

    Sessions(SessionKey key, TwowayConfig config) {
        this.key = key;
        this.timeout = config.sessionTimeout();
    }

    /** Starts a session and returns the token for the cookie; only its keyed hash is stored. */
    @Transactional
    public String start(UserAccount user) {
        String token = Tokens.random();
        UserSession session = new UserSession();
        session.tokenHash = key.seal(token);
        session.user = UserAccount.findById(user.id);
        session.persist();
        return token;
    }

    /** The account behind a cookie token, if the session exists, is not idle too long, and the account is active. */
    @Transactional
    public Optional<UserAccount> resume(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Optional<UserSession> found = UserSession.findByTokenHash(key.seal(token));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UserSession session = found.get();
        Instant now = Instant.now();
        if (session.lastSeenAt.plus(timeout).isBefore(now) || !session.user.active) {
            session.delete();
            return Optional.empty();
        }
        if (session.lastSeenAt.plus(TOUCH_EVERY).isBefore(now)) {
            session.lastSeenAt = now;
        }
        return Optional.of(session.user);
    }

    @Transactional
    public void end(String token) {
        if (token != null) {
            UserSession.delete("tokenHash", key.seal(token));
        }
    }

    /** Ends every session of an account: after a password change, an email change or deactivation. */
    @Transactional
    public void endAll(UserAccount user) {
        UserSession.deleteForUser(user);
    }
}
