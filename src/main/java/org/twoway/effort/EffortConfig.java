package org.twoway.effort;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of effort, under {@code twoway.effort.*} (environment: {@code TWOWAY_EFFORT_*}). */
@ConfigMapping(prefix = "twoway.effort")
public interface EffortConfig {

    /**
     * A running import whose progress has not moved for this long lost the node that ran it (a crash or a
     * restart): its progress page says it stopped. Longer than the import's transaction timeout (10 minutes),
     * after which the database has certainly rolled it back.
     */
    @WithDefault("15M")
    Duration importStalledAfter();
}
