package org.twoway.friction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.TestData;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Employee;

@QuarkusTest
class PainReportApiTest {

    private final Employee employee = TestData.employeeWithLogin(TestData.team());
    private final BusinessProcess process = TestData.process();
    private final ReviewCycle open = TestData.cycle(CycleState.open);

    @Test
    void employeeFilesAReportAndGetsItBackWithoutKeysOrIds() {
        as(employee).body(report(process, Map.of("fix", "  One approval, not three.  ")))
                .post("/api/v1/cycles/" + open.id + "/pain-reports")
                .then().statusCode(201)
                .body("process", equalTo(process.name))
                .body("timeWasted", equalTo(4))
                .body("hoursLostPerWeek", equalTo(2.5f))
                .body("fix", equalTo("One approval, not three."))
                .body("anonymous", equalTo(true))
                .body("reporterKey", nullValue())
                .body("employee", nullValue());
        assertEquals(1, PainReportRows.count(open, process));
    }

    @Test
    void anonymousIsTheDefaultWhenNotSaid() {
        Map<String, Object> body = report(process, Map.of());
        body.remove("anonymous");
        as(employee).body(body).post("/api/v1/cycles/" + open.id + "/pain-reports")
                .then().statusCode(201).body("anonymous", equalTo(true));
    }

    @Test
    void secondReportOnTheSameProcessIsAConflictWhetherNamedOrAnonymous() {
        as(employee).body(report(process, Map.of("anonymous", true)))
                .post("/api/v1/cycles/" + open.id + "/pain-reports").then().statusCode(201);
        as(employee).body(report(process, Map.of("anonymous", false)))
                .post("/api/v1/cycles/" + open.id + "/pain-reports")
                .then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409));
        as(employee).body(report(process, Map.of("anonymous", true)))
                .post("/api/v1/cycles/" + open.id + "/pain-reports").then().statusCode(409);
        assertEquals(1, PainReportRows.count(open, process));

        BusinessProcess other = TestData.process();
        Employee colleague = TestData.employeeWithLogin(TestData.team());
        as(employee).body(report(other, Map.of("anonymous", false)))
                .post("/api/v1/cycles/" + open.id + "/pain-reports").then().statusCode(201);
        as(colleague).body(report(other, Map.of("anonymous", false)))
                .post("/api/v1/cycles/" + open.id + "/pain-reports").then().statusCode(201);
    }

    @Test
    void cycleThatIsNotOpenIsAConflictAndUnknownCycleIsNotFound() {
        ReviewCycle closed = TestData.cycle(CycleState.closed);
        ReviewCycle draft = TestData.cycle(CycleState.draft);
        as(employee).body(report(process, Map.of())).post("/api/v1/cycles/" + closed.id + "/pain-reports")
                .then().statusCode(409).body("detail", equalTo("The cycle “" + closed.name + "” is closed: its reports are frozen."));
        as(employee).body(report(process, Map.of())).post("/api/v1/cycles/" + draft.id + "/pain-reports")
                .then().statusCode(409);
        as(employee).body(report(process, Map.of())).post("/api/v1/cycles/987654321/pain-reports")
                .then().statusCode(404);
        assertEquals(0, PainReportRows.count(closed, process) + PainReportRows.count(draft, process));
    }

    @Test
    void invalidReportNamesEachFieldAndStoresNothing() {
        as(employee).body(report(process, Map.of("timeWasted", 0, "tools", 6, "hoursLostPerWeek", 40.5,
                        "fix", "x".repeat(2001))))
                .post("/api/v1/cycles/" + open.id + "/pain-reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("timeWasted"))
                .body("errors.field", hasItem("tools"))
                .body("errors.field", hasItem("hoursLostPerWeek"))
                .body("errors.field", hasItem("fix"));
        Map<String, Object> missing = report(process, Map.of());
        missing.remove("rules");
        as(employee).body(missing).post("/api/v1/cycles/" + open.id + "/pain-reports")
                .then().statusCode(400).body("errors.field", hasItem("rules"));
        as(employee).body(report(process, Map.of("process", "No such process")))
                .post("/api/v1/cycles/" + open.id + "/pain-reports")
                .then().statusCode(400).body("errors.field", hasItem("process"));
        assertEquals(0, PainReportRows.count(open, process));
    }

    @Test
    void hrHasNoEmployeeAndIsForbiddenAndStrangersMustSignIn() {
        given().auth().preemptive().basic(Browser.HR_EMAIL, Browser.HR_PASSWORD).contentType("application/json")
                .body(report(process, Map.of())).post("/api/v1/cycles/" + open.id + "/pain-reports")
                .then().statusCode(403);
        given().contentType("application/json").body(report(process, Map.of()))
                .post("/api/v1/cycles/" + open.id + "/pain-reports")
                .then().statusCode(401);
        assertEquals(0, PainReportRows.count(open, process));
    }

    static RequestSpecification as(Employee employee) {
        return given().auth().preemptive().basic(employee.email, TestData.EMPLOYEE_PASSWORD).contentType("application/json");
    }

    static Map<String, Object> report(BusinessProcess process, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("process", process.name, "timeWasted", 4, "tools", 3,
                "handoffs", 5, "rules", 2, "customerPressure", 1, "hoursLostPerWeek", 2.5, "anonymous", true));
        body.putAll(overrides);
        return body;
    }
}
