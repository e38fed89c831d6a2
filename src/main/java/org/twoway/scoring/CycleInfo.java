package org.twoway.scoring;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/** The review cycle a report is about, as shown at the top of the report. */
public record CycleInfo(long id, String name, String state, LocalDate startsOn, LocalDate endsOn) {

    private static final Set<String> STATES = Set.of("draft", "open", "closed");

    public CycleInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        if (!STATES.contains(state)) {
            throw new IllegalArgumentException("cycle state must be draft, open or closed, not " + state);
        }
    }
}
