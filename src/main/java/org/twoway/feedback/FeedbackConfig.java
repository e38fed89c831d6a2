package org.twoway.feedback;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Settings of feedback links, under {@code twoway.feedback.*} (environment: {@code TWOWAY_FEEDBACK_*},
 * e.g. {@code TWOWAY_FEEDBACK_REMINDERS_MAX}). The SMTP server itself is set with {@code TWOWAY_SMTP_*}.
 */
@ConfigMapping(prefix = "twoway.feedback")
public interface FeedbackConfig {

    RateLimit rateLimit();

    Mail mail();

    Reminders reminders();

    /**
     * How long freshly issued links wait (encrypted, in the database) for HR's browser to fetch the page and the CSV that
     * show them once; after that they are gone (HR revokes and reissues).
     */
    @WithDefault("10M")
    Duration freshLinksKeptFor();

    /** How long the customer's pages wait for the database before they answer 503 ("back soon"). */
    @WithDefault("10s")
    Duration databaseTimeout();

    /** Links per page in HR's list of a cycle's links. */
    @WithDefault("50")
    int pageSize();

    /**
     * Requests to the customer's pages {@code /f/*} per client address, counted by all nodes together
     * ({@link RateLimiter}); more answer 429.
     */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Requests allowed per address and window. */
        @WithDefault("60")
        int requests();

        @WithDefault("1M")
        Duration window();

        /**
         * How often each node adds its counts to the database and reads back every node's: the limit holds across
         * nodes to within what they count in this long.
         */
        @WithDefault("1s")
        Duration shareEvery();
    }

    interface Mail {
        /** How often the mailer looks for queued invitations and due reminders (a scheduler expression). */
        @WithDefault("5s")
        String every();

        /** Links emailed per look. */
        @WithDefault("50")
        int batchSize();

        /** A send claimed longer ago than this was interrupted (a crash): it is marked failed, never resent blindly. */
        @WithDefault("15M")
        Duration interruptedAfter();
    }

    interface Reminders {
        /** Reminders per unanswered link at most; 0 turns reminders off. */
        @WithDefault("1")
        int max();

        /** Days after the invitation (or the previous reminder) before a reminder goes out. */
        @WithDefault("7")
        int afterDays();
    }
}
