package org.twoway.friction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twoway.TestData;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Employee;
import org.twoway.system.Tokens;

@QuarkusTest
class AnonymousStorageTest {

    private final Employee employee = TestData.employeeWithLogin(TestData.team());
    private final BusinessProcess process = TestData.process();

    @Test
    void anonymousReportHoldsTheTeamAndAKeyButNothingThatNamesTheReporter() {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        PainReportApiTest.as(employee).body(PainReportApiTest.report(process, Map.of("fix", "Less paperwork")))
                .post("/api/v1/cycles/" + cycle.id + "/pain-reports").then().statusCode(201);

        Tuple row = PainReportRows.raw(cycle, process).get(0);
        assertNull(row.get("employee_id"));
        assertEquals(employee.team.id, ((Number) row.get("team_id")).longValue());
        String key = (String) row.get("reporter_key");
        assertTrue(key.matches("[0-9a-f]{64}"), key);
        // A database reader who tries the obvious derivations of each employee's id gets nowhere.
        assertNotEquals(Tokens.sha256(Long.toString(employee.id)), key);
        assertNotEquals(Tokens.sha256(employee.email), key);
        for (TupleElement<?> column : row.getElements()) {
            String value = String.valueOf(row.get(column));
            assertNotEquals(employee.email, value, column.getAlias());
            assertNotEquals(employee.name, value, column.getAlias());
        }
    }

    @Test
    void namedReportHoldsTheEmployee() {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        PainReportApiTest.as(employee).body(PainReportApiTest.report(process, Map.of("anonymous", false)))
                .post("/api/v1/cycles/" + cycle.id + "/pain-reports").then().statusCode(201);
        Tuple row = PainReportRows.raw(cycle, process).get(0);
        assertEquals(employee.id, ((Number) row.get("employee_id")).longValue());
        assertEquals(Boolean.FALSE, asBoolean(row.get("anonymous")));
    }

    @Test
    void reporterKeysDifferFromCycleToCycleSoReportersCannotBeFollowed() {
        ReviewCycle first = TestData.cycle(CycleState.open);
        ReviewCycle second = TestData.cycle(CycleState.open);
        for (ReviewCycle cycle : new ReviewCycle[] {first, second}) {
            PainReportApiTest.as(employee).body(PainReportApiTest.report(process, Map.of()))
                    .post("/api/v1/cycles/" + cycle.id + "/pain-reports").then().statusCode(201);
        }
        assertNotEquals(PainReportRows.raw(first, process).get(0).get("reporter_key"),
                PainReportRows.raw(second, process).get(0).get("reporter_key"));
    }

    private static Boolean asBoolean(Object value) {
        return value instanceof Number n ? n.intValue() != 0 : (Boolean) value;
    }
}
