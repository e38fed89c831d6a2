package org.twoway.loop;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Closing the loop (loop.md), under {@code twoway.loop.*} (environment: {@code TWOWAY_LOOP_*}): what opens a
 * follow-up and when it is due. The three thresholds of the report's loop flags are here too, because HR sets
 * them with the others of the loop; left out, they take the defaults of scoring.md that
 * {@code scoring/ScoringRules.defaults()} holds.
 */
@ConfigMapping(prefix = "twoway.loop")
public interface LoopConfig {

    /** An answer of at most this (the lowest of q1..q3, or q4) opens a follow-up. */
    @WithDefault("2")
    @Min(1)
    @Max(5)
    int lowScore();

    /** Working days (Monday to Friday in {@code twoway.time-zone}) until a follow-up is due, at the end of that day; 0: at once. */
    @WithDefault("2")
    @Min(0)
    @Max(60)
    int dueWorkingDays();

    /** How many times the owner's email about a new follow-up is tried before it stays failed. */
    @WithDefault("5")
    @Min(1)
    int mailAttempts();

    /** How long after a failed try the owner's email is tried again. */
    @WithDefault("1M")
    Duration mailRetryAfter();

    OptionalInt minFollowUps();

    OptionalDouble loopShare();

    OptionalDouble interveneShare();
}
