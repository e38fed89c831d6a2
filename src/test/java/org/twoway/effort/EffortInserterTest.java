package org.twoway.effort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.twoway.TestData;
import org.twoway.customers.Customer;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Employee;
import org.twoway.system.Refusal;

@QuarkusTest
class EffortInserterTest {

    @Inject
    EffortInserter inserter;

    private final Employee employee = TestData.employee(TestData.team());
    private final Customer customer = TestData.customer(TestData.tier(10));

    @Test
    void rowsSpanningSeveralBatchesLandTogetherWithProgressAfterEachBatch() {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        EffortRows rows = rows(EffortInserter.BATCH * 2 + 1, customer.id);
        List<Integer> progress = new ArrayList<>();
        inserter.insert(cycle.id, rows, EffortEntry.IMPORT, "test", progress::add);
        assertEquals(List.of(EffortInserter.BATCH, EffortInserter.BATCH * 2, EffortInserter.BATCH * 2 + 1), progress);
        assertEquals(0, rows.totalHours().compareTo(EffortData.total(cycle)));
    }

    @Test
    void aRowTheDatabaseRefusesLeavesNoRowBehind() {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        EffortRows rows = rows(EffortInserter.BATCH + 10, customer.id);
        rows.add(employee.id, Long.MAX_VALUE, BigDecimal.ONE);
        assertThrows(RuntimeException.class, () -> inserter.insert(cycle.id, rows, EffortEntry.IMPORT, "test", n -> { }));
        assertEquals(0, EffortData.inCycle(cycle).size());
    }

    @Test
    void aCycleClosedBeforeTheInsertIsRefused() {
        ReviewCycle cycle = TestData.cycle(CycleState.closed);
        Refusal refusal = assertThrows(Refusal.class,
                () -> inserter.insert(cycle.id, rows(3, customer.id), EffortEntry.IMPORT, "test", n -> { }));
        assertEquals(Refusal.Kind.CONFLICT, refusal.kind);
        assertEquals(0, EffortData.inCycle(cycle).size());
    }

    private EffortRows rows(int count, long customerId) {
        EffortRows rows = new EffortRows();
        for (int i = 0; i < count; i++) {
            rows.add(employee.id, customerId, new BigDecimal("1.25"));
        }
        return rows;
    }
}
