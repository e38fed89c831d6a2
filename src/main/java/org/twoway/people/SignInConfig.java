package org.twoway.people;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Sign-in throttling, under {@code twoway.sign-in.*} (environment: {@code TWOWAY_SIGN_IN_*}). Failed sign-ins
 * count per email and per client address; a failure further than {@code lock-for} after the previous one
 * starts the count again. Once a count reaches its limit, that email or address is refused for {@code lock-for}.
 */
@ConfigMapping(prefix = "twoway.sign-in")
public interface SignInConfig {

    /** Failed sign-ins with one email before it is locked, whichever address they come from. */
    @WithDefault("5")
    int accountFailures();

    /** Failed sign-ins from one client address before it is locked, whichever emails it tries. */
    @WithDefault("20")
    int addressFailures();

    /** How long a lock lasts after the last failure. */
    @WithDefault("15M")
    Duration lockFor();
}
