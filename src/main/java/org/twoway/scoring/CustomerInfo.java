package org.twoway.scoring;

import java.util.Objects;

/**
 * A customer with the written commitment of its service tier; {@code ref} is the key.
 *
 * @param entitledHours E(c), the tier's entitled service hours per cycle (always > 0)
 */
public record CustomerInfo(String ref, String name, String tier, double entitledHours) {

    public CustomerInfo {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tier, "tier");
        if (!(entitledHours > 0) || Double.isInfinite(entitledHours)) {
            throw new IllegalArgumentException("customer " + ref + " must be entitled to more than 0 hours");
        }
    }
}
