package org.twoway.friction;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * k: no aggregate of pain reports is shown over fewer than k distinct reporters. Configured by
 * {@code twoway.scoring.anonymity-threshold} (default 3); a lower setting is raised to 3, because
 * below three people an aggregate and one's own answer give away the other's.
 */
@ApplicationScoped
public class AnonymityThreshold {

    static final int FLOOR = 3;

    private final int k;

    AnonymityThreshold(@ConfigProperty(name = "twoway.scoring.anonymity-threshold", defaultValue = "3") int configured) {
        this.k = Math.max(FLOOR, configured);
    }

    public int k() {
        return k;
    }

    public boolean allows(long distinctReporters) {
        return distinctReporters >= k;
    }
}
