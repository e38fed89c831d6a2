package org.twoway.system;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/** The settings of the whole app, under {@code twoway.*}; the README lists their environment variables. */
@ConfigMapping(prefix = "twoway")
public interface TwowayConfig {

    /** Keys the login cookie ({@code TWOWAY_SESSION_KEY}); required, at least 32 characters. */
    Optional<String> sessionKey();

    /**
     * Keys the reporter keys of process-pain reports ({@code TWOWAY_ANONYMITY_KEY}); required, at least
     * 32 characters. It never reaches the database, so a database reader cannot tell who wrote an
     * anonymous report. Changing it makes open-cycle reports unrecognisable to their authors.
     */
    Optional<String> anonymityKey();

    /** A signed-in browser left alone this long must sign in again. */
    Duration sessionTimeout();

    Optional<String> adminEmail();

    Optional<String> adminPassword();

    /** The public address used in links and emails. */
    String baseUrl();

    /** The company name customers see. */
    String companyName();

    /** The company's time zone ({@code TWOWAY_TIME_ZONE}, such as Europe/Berlin): see {@link CompanyTime}. */
    ZoneId timeZone();

    /** Seed the demo company at start. */
    boolean demo();

    /**
     * The one database ({@code TWOWAY_DB_*}), from which application.properties builds both the JDBC URL and the
     * customer's pages' reactive one; mapped here so that start-up checks it first and, without
     * {@code TWOWAY_DB_HOST}, refuses to start naming it.
     */
    Database database();

    interface Database {

        /** {@code TWOWAY_DB_HOST}: required outside dev mode and tests. */
        String host();

        /** {@code TWOWAY_DB_PORT}, 3306. */
        int port();

        /** {@code TWOWAY_DB_NAME}, twoway. */
        String name();

        /** {@code TWOWAY_DB_SSL_MODE}: MySQL's, PREFERRED unless set. */
        String sslMode();

        /** {@code TWOWAY_DB_JDBC_OPTIONS}: more Connector/J settings, each starting with "&", or none. */
        Optional<String> jdbcOptions();
    }
}
