package org.twoway.people;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Checks an email and password against the accounts. */
@ApplicationScoped
public class Passwords {

    /**
     * Compared against when the email is unknown, so both failures take the same time. Hashed on first
     * use rather than when the class loads, which the security layer does at start-up.
     */
    private static final class Decoy {
        static final String HASH = BcryptUtil.bcryptHash("decoy-password-that-never-matches");
    }

    public static final int MIN_LENGTH = 10;

    @Transactional
    public Optional<UserAccount> check(String email, String password) {
        if (email == null || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        Optional<UserAccount> account = UserAccount.findByEmail(email).filter(a -> a.active);
        String hash = account.map(a -> a.passwordHash).orElseGet(() -> Decoy.HASH);
        boolean matches = BcryptUtil.matches(password, hash);
        return matches ? account : Optional.empty();
    }
}
