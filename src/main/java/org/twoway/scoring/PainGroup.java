package org.twoway.scoring;

import java.util.Objects;

/**
 * A group's pain figures as a closed cycle published them: a team, a process, or the company.
 *
 * @param reporters   how many distinct people reported into the group, at least (see {@link Anonymity});
 *                    null when the group is hidden to protect anonymity, and then nothing else is given
 * @param reports     the reports in the group; 0 when hidden
 * @param frictionSum the sum of the reports' five friction ratings; 0 when hidden
 */
public record PainGroup(String name, Integer reporters, long reports, long frictionSum) {

    public PainGroup {
        Objects.requireNonNull(name, "name");
        if (reporters == null && (reports != 0 || frictionSum != 0)) {
            throw new IllegalArgumentException("a hidden group carries no figures: " + name);
        }
    }

    static PainGroup hidden(String name) {
        return new PainGroup(name, null, 0, 0);
    }

    public boolean shown() {
        return reporters != null;
    }

    /** EX = 1 - mean of norm(f) over the group's reports; null when hidden or without reports. */
    public Double experience() {
        return shown() && reports > 0 ? Measures.experience(frictionSum, reports) : null;
    }
}
