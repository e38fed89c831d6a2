package org.twoway.friction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
        String key = (String) row.get("report_key");
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
        assertNotEquals(PainReportRows.raw(first, process).get(0).get("report_key"),
                PainReportRows.raw(second, process).get(0).get("report_key"));
    }

    /**
     * A named and an anonymous report of one person share nothing a database reader could join on:
     * only the cycle, the team, ratings (which the test makes equal on purpose) and the day, which
     * product.md allows and every report of that day shares. No row keeps a time of day or an id
     * that tells the order of filing.
     */
    @Test
    void aPersonsNamedAndAnonymousReportsShareNoValueBeyondCycleTeamRatingsAndDay() {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        BusinessProcess other = TestData.process();
        PainReportApiTest.as(employee).body(PainReportApiTest.report(process, Map.of("anonymous", false, "fix", "Named idea")))
                .post("/api/v1/cycles/" + cycle.id + "/pain-reports").then().statusCode(201);
        PainReportApiTest.as(employee).body(PainReportApiTest.report(other, Map.of("fix", "Anonymous idea",
                "hoursLostPerWeek", 7))).post("/api/v1/cycles/" + cycle.id + "/pain-reports").then().statusCode(201);

        Tuple named = PainReportRows.raw(cycle, process).get(0);
        Tuple anonymous = PainReportRows.raw(cycle, other).get(0);
        assertEquals(employee.id, ((Number) named.get("employee_id")).longValue());
        Set<String> mayMatch = Set.of("cycle_id", "team_id", "time_wasted", "tools", "handoffs",
                "rules", "customer_pressure", "filed_on", "changed_on");
        for (TupleElement<?> column : anonymous.getElements()) {
            String name = column.getAlias().toLowerCase(Locale.ROOT);
            Object value = anonymous.get(column);
            assertFalse(value instanceof Date && !(value instanceof java.sql.Date), name + " keeps a time of day");
            assertFalse(value instanceof Temporal && !(value instanceof LocalDate),
                    name + " keeps a time of day");
            if (!mayMatch.contains(name) && value != null) {
                for (TupleElement<?> namedColumn : named.getElements()) {
                    assertNotEquals(String.valueOf(value), String.valueOf(named.get(namedColumn)),
                            "the anonymous report's " + name + " equals the named one's " + namedColumn.getAlias());
                }
            }
        }
        assertFalse(anonymous.getElements().stream().anyMatch(c -> c.getAlias().equalsIgnoreCase("id")),
                "no sequential id tells the order of filing");
    }

    private static Boolean asBoolean(Object value) {
        return value instanceof Number n ? n.intValue() != 0 : (Boolean) value;
    }
}
