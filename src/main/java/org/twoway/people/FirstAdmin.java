package org.twoway.people;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.twoway.system.Role;
import org.twoway.system.StartupRefusal;
import org.twoway.system.TwowayConfig;

/**
 * Someone must be able to sign in: when no HR account exists, one is made from
 * {@code TWOWAY_ADMIN_EMAIL} and {@code TWOWAY_ADMIN_PASSWORD}; without them start-up stops and says so.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    /** After the demo company, which brings its own HR login. */
    public static final int STARTUP_ORDER = 200;

    @Transactional
    void ensure(@Observes @Priority(STARTUP_ORDER) StartupEvent start, TwowayConfig config) {
        if (UserAccount.hrExists()) {
            return;
        }
        String email = config.adminEmail().map(String::strip).orElse("");
        String password = config.adminPassword().orElse("");
        if (email.isEmpty() || password.isEmpty()) {
            throw new StartupRefusal("No HR account exists yet. Set TWOWAY_ADMIN_EMAIL and TWOWAY_ADMIN_PASSWORD"
                    + " to create the first one at start-up" + (email.isEmpty() && password.isEmpty() ? "."
                    : " (" + (email.isEmpty() ? "TWOWAY_ADMIN_EMAIL" : "TWOWAY_ADMIN_PASSWORD") + " is missing)."));
        }
        if (!email.contains("@") || password.length() < Passwords.MIN_LENGTH) {
            throw new StartupRefusal("TWOWAY_ADMIN_EMAIL must be an email address and TWOWAY_ADMIN_PASSWORD at least "
                    + Passwords.MIN_LENGTH + " characters long.");
        }
        UserAccount.create(email, password, Role.HR, null);
        LOG.infof("Created the first HR account, %s.", Emails.normalize(email));
    }
}
