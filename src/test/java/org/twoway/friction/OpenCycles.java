package org.twoway.friction;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.twoway.TestData;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;

/**
 * An open cycle that starts after every other one in the shared test database, so that it is "the
 * open cycle" an employee's home shows.
 */
public final class OpenCycles {

    private static final AtomicInteger LATER = new AtomicInteger(1000);

    private OpenCycles() {
    }

    public static ReviewCycle newest() {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        LocalDate start = LocalDate.now().plusDays(LATER.incrementAndGet());
        QuarkusTransaction.requiringNew().run(() -> {
            ReviewCycle c = ReviewCycle.findById(cycle.id);
            c.startsOn = start;
            c.endsOn = start.plusDays(90);
        });
        cycle.startsOn = start;
        cycle.endsOn = start.plusDays(90);
        return cycle;
    }
}
