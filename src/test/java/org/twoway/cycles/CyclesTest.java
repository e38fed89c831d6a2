package org.twoway.cycles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.twoway.TestData;
import org.twoway.system.Refusal;

/** The state rules other features rely on, called as they call them. */
@QuarkusTest
public class CyclesTest {

    @Inject
    Cycles cycles;

    /** Other tests of the run may leave cycles open; opening is only allowed when none is. */
    public static void closeEveryOpenCycle() {
        QuarkusTransaction.requiringNew().run(() -> ReviewCycle.update("state = ?1, closedAt = ?2 where state = ?3",
                CycleState.closed, Instant.now(), CycleState.open));
    }

    /** Read in a transaction of its own, so that an entity the test's session already holds cannot answer instead. */
    static ReviewCycle fresh(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ReviewCycle.<ReviewCycle>findById(id));
    }

    @Test
    void requireOpenGivesTheOpenCycle() {
        ReviewCycle open = TestData.cycle(CycleState.open);
        assertEquals(open.name, cycles.requireOpen(open.id).name);
    }

    @Test
    void requireOpenRefusesADraftOrClosedCycleAsAConflict() {
        Refusal draft = assertThrows(Refusal.class, () -> cycles.requireOpen(TestData.cycle(CycleState.draft).id));
        assertEquals(Refusal.Kind.CONFLICT, draft.kind);
        assertTrue(draft.getMessage().endsWith("is a draft, not open yet."), draft.getMessage());

        Refusal closed = assertThrows(Refusal.class, () -> cycles.requireOpen(TestData.cycle(CycleState.closed).id));
        assertEquals(Refusal.Kind.CONFLICT, closed.kind);
        assertTrue(closed.getMessage().endsWith("is closed: its data is frozen."), closed.getMessage());
    }

    @Test
    void requireOpenOfAnUnknownCycleIsNotFound() {
        assertEquals(Refusal.Kind.NOT_FOUND, assertThrows(Refusal.class, () -> cycles.requireOpen(999_999_999L)).kind);
    }

    @Test
    void aCycleGoesFromDraftToOpenToClosedAndNeverBack() {
        closeEveryOpenCycle();
        ReviewCycle cycle = TestData.cycle(CycleState.draft);

        ReviewCycle opened = cycles.open(cycle.id);
        assertEquals(CycleState.open, opened.state);
        assertNotNull(opened.openedAt);
        assertEquals(Refusal.Kind.CONFLICT, assertThrows(Refusal.class, () -> cycles.open(cycle.id)).kind);
        assertEquals(Refusal.Kind.CONFLICT, assertThrows(Refusal.class, () -> cycles.update(cycle.id,
                new ReviewCycleInput("Renamed while open", cycle.startsOn, cycle.endsOn))).kind);

        ReviewCycle closed = cycles.close(cycle.id);
        assertEquals(CycleState.closed, closed.state);
        assertNotNull(closed.closedAt);
        assertEquals(Refusal.Kind.CONFLICT, assertThrows(Refusal.class, () -> cycles.close(cycle.id)).kind);
        assertEquals(Refusal.Kind.CONFLICT, assertThrows(Refusal.class, () -> cycles.open(cycle.id)).kind);
        assertEquals(CycleState.closed, fresh(cycle.id).state);
    }

    @Test
    void aDraftCannotBeClosed() {
        ReviewCycle draft = TestData.cycle(CycleState.draft);
        Refusal refusal = assertThrows(Refusal.class, () -> cycles.close(draft.id));
        assertEquals("The cycle “" + draft.name + "” is a draft; only an open cycle can be closed.", refusal.getMessage());
        assertEquals(CycleState.draft, fresh(draft.id).state);
    }

    @Test
    void onlyOneCycleIsOpenAtATime() {
        closeEveryOpenCycle();
        ReviewCycle first = TestData.cycle(CycleState.draft);
        ReviewCycle second = TestData.cycle(CycleState.draft);
        cycles.open(first.id);

        Refusal refusal = assertThrows(Refusal.class, () -> cycles.open(second.id));

        assertEquals(Refusal.Kind.CONFLICT, refusal.kind);
        assertEquals("The cycle “" + first.name + "” is open. Close it before opening “" + second.name
                + "”: employees and customers work in the one open cycle.", refusal.getMessage());
        assertEquals(CycleState.draft, fresh(second.id).state);
        assertEquals(first.id, ReviewCycle.findOpen().orElseThrow().id);
    }
}
