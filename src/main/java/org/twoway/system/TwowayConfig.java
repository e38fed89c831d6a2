package org.twoway.system;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Optional;

/** The settings of the whole app, under {@code twoway.*}; the README lists their environment variables. */
@ConfigMapping(prefix = "twoway")
public interface TwowayConfig {

    /** Keys the login cookie ({@code TWOWAY_SESSION_KEY}); required, at least 32 characters. */
    Optional<String> sessionKey();

    /** A signed-in browser left alone this long must sign in again. */
    Duration sessionTimeout();

    Optional<String> adminEmail();

    Optional<String> adminPassword();

    /** The public address used in links and emails. */
    String baseUrl();

    /** The company name customers see. */
    String companyName();

    /** Seed the demo company at start. */
    boolean demo();
}
