package org.twoway.friction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.twoway.AtOnce;
import org.twoway.Browser;
import org.twoway.TestData;
import org.twoway.audit.AuditAction;
import org.twoway.audit.AuditEntry;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Employee;
import org.twoway.system.Paging;

/** api.md "Closing the loop": "you said, we did", HR's actions on process pain, by API. */
@QuarkusTest
class ProcessActionApiTest {

    static final String INSTANT = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z";
    static final Set<String> KEYS = Set.of("id", "cycle", "process", "what", "carriedBy", "due", "state", "recorded", "started",
            "done");

    final Employee employee = TestData.employeeWithLogin(TestData.team());
    final BusinessProcess process = TestData.process();
    final ReviewCycle cycle = OpenCycles.newest();
    final String path = "/api/v1/cycles/" + cycle.id + "/process-actions";
    final String due = cycle.startsOn.plusDays(30).toString();

    @Test
    void hrRecordsAnActionThatEveryEmployeeReadsAtItsLocation() {
        var created = hr().body(plan(Map.of())).post(path).then().statusCode(201).contentType("application/json")
                .body("cycle", equalTo(cycle.id.intValue())).body("process", equalTo(process.name))
                .body("what", equalTo("One approval instead of two")).body("carriedBy", equalTo("Head of Finance"))
                .body("due", equalTo(due)).body("state", equalTo("PLANNED"))
                .body("recorded", matchesPattern(INSTANT)).body("started", nullValue()).body("done", nullValue())
                .extract();
        assertEquals(KEYS, created.jsonPath().getMap("").keySet());
        int id = created.path("id");
        String location = created.header("Location");
        assertTrue(location.endsWith("/api/v1/process-actions/" + id), location);

        as(employee).get(location).then().statusCode(200).body("id", equalTo(id)).body("carriedBy", equalTo("Head of Finance"));
        hr().get(location).then().statusCode(200).body("state", equalTo("PLANNED"));
        given().get(location).then().statusCode(401);
        hr().get("/api/v1/process-actions/987654321").then().statusCode(404).contentType("application/problem+json");

        AuditEntry recorded = latest(AuditAction.PROCESS_ACTION_RECORDED);
        assertEquals(Browser.HR_EMAIL, recorded.actor);
        assertEquals("action " + id + " on " + process.name + " in " + cycle.name + ", due " + due + ", carried by Head of Finance",
                recorded.target);
    }

    @Test
    void badActionsAreRefusedByFieldAndRecordNothing() {
        hr().body(plan(Map.of("process", "No such process"))).post(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("process"));
        BusinessProcess retired = TestData.process();
        QuarkusTransaction.requiringNew().run(() -> BusinessProcess.<BusinessProcess>findById(retired.id).active = false);
        hr().body(plan(Map.of("process", retired.name))).post(path).then().statusCode(400).body("errors[0].field", equalTo("process"));
        Map<String, Object> noProcess = plan(Map.of());
        noProcess.remove("process");
        hr().body(noProcess).post(path).then().statusCode(400).body("errors[0].field", equalTo("process"));
        hr().body(plan(Map.of("what", ""))).post(path).then().statusCode(400).body("errors[0].field", equalTo("what"));
        hr().body(plan(Map.of("carriedBy", " "))).post(path).then().statusCode(400).body("errors[0].field", equalTo("carriedBy"));
        hr().body(plan(Map.of("carriedBy", "x".repeat(201)))).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("carriedBy"));
        for (String due : List.of("2027-02-30", "29.01.2027", "soon")) {
            hr().body(plan(Map.of("due", due))).post(path).then().statusCode(400).body("errors[0].field", equalTo("due"))
                    .body("errors[0].message", equalTo("Send a date as text, year-month-day, such as \"2026-10-01\"."));
        }
        String range = "Give the date it is due by, from " + cycle.startsOn + " (the start of " + cycle.name + ") to "
                + cycle.endsOn.plusYears(5) + ".";
        for (String due : List.of(cycle.startsOn.minusDays(1).toString(), cycle.endsOn.plusYears(5).plusDays(1)
                .toString(), "2020-01-01")) {
            hr().body(plan(Map.of("due", due))).post(path).then().statusCode(400).body("errors[0].field", equalTo("due"))
                    .body("errors[0].message", equalTo(range));
        }
        Map<String, Object> noDue = plan(Map.of());
        noDue.remove("due");
        hr().body(noDue).post(path).then().statusCode(400).body("errors[0].field", equalTo("due"));
        hr().post(path).then().statusCode(400).contentType("application/problem+json");
        assertEquals(0, actionsOn(process) + actionsOn(retired));
    }

    @Test
    void anEmployeeNeitherRecordsNorMovesActions() {
        as(employee).body(plan(Map.of())).post(path).then().statusCode(403).contentType("application/problem+json");
        given().contentType("application/json").body(plan(Map.of())).post(path).then().statusCode(401);
        assertEquals(0, actionsOn(process));
        long id = recorded();
        as(employee).body(Map.of("state", "DONE")).post("/api/v1/process-actions/" + id + "/state").then().statusCode(403)
                .contentType("application/problem+json");
        given().contentType("application/json").body(Map.of("state", "DONE")).post("/api/v1/process-actions/" + id + "/state")
                .then().statusCode(401);
        assertEquals("PLANNED null null", snapshot(id));
    }

    @Test
    void anActionMovesForwardOnlyFromPlannedThroughInProgressToDone() {
        long id = recorded();
        String state = "/api/v1/process-actions/" + id + "/state";
        hr().body(Map.of("state", "PLANNED")).post(state).then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("This action is planned; it can only move forward from there."));
        hr().body(Map.of("state", "FINISHED")).post(state).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("state")).body("errors[0].message", equalTo("Send one of PLANNED, IN_PROGRESS, DONE."));
        hr().body(Map.of()).post(state).then().statusCode(400).body("errors[0].field", equalTo("state"));
        assertEquals("PLANNED null null", snapshot(id));

        hr().body(Map.of("state", "IN_PROGRESS")).post(state).then().statusCode(200).body("state", equalTo("IN_PROGRESS"))
                .body("started", matchesPattern(INSTANT)).body("done", nullValue());
        hr().body(Map.of("state", "PLANNED")).post(state).then().statusCode(409);
        hr().body(Map.of("state", "DONE")).post(state).then().statusCode(200).body("state", equalTo("DONE"))
                .body("started", matchesPattern(INSTANT)).body("done", matchesPattern(INSTANT));
        String done = snapshot(id);
        for (String back : List.of("DONE", "IN_PROGRESS", "PLANNED")) {
            hr().body(Map.of("state", back)).post(state).then().statusCode(409)
                    .body("detail", equalTo("This action is done; a done action stays done."));
        }
        assertEquals(done, snapshot(id));
        assertEquals("action " + id + " on " + process.name + " in " + cycle.name + ", now done",
                latest(AuditAction.PROCESS_ACTION_MOVED).target);

        long straight = recorded();
        hr().body(Map.of("state", "DONE")).post("/api/v1/process-actions/" + straight + "/state").then().statusCode(200)
                .body("started", notNullValue()).body("done", notNullValue());
        hr().body(Map.of("state", "DONE")).post("/api/v1/process-actions/987654321/state").then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** Two moves of one action at the same moment take turns: the second finds it moved already. */
    @Test
    void twoMovesAtOnceTakeTurns() throws Exception {
        for (int round = 0; round < 3; round++) {
            String state = "/api/v1/process-actions/" + recorded() + "/state";
            Callable<Integer> start = () -> hr().body(Map.of("state", "IN_PROGRESS")).post(state).statusCode();
            assertEquals(List.of(200, 409), AtOnce.statuses(List.of(start, start)), "round " + round);
        }
    }

    @Test
    void aClosedCyclesActionsAreFrozenButStillListed() {
        long id = recorded();
        ReviewCycle draft = TestData.cycle(CycleState.draft);
        hr().body(plan(Map.of())).post("/api/v1/cycles/" + draft.id + "/process-actions").then().statusCode(409)
                .contentType("application/problem+json");
        hr().body(plan(Map.of())).post("/api/v1/cycles/987654321/process-actions").then().statusCode(404)
                .contentType("application/problem+json");
        QuarkusTransaction.requiringNew().run(() -> ReviewCycle.<ReviewCycle>findById(cycle.id).state = CycleState.closed);

        hr().body(plan(Map.of())).post(path).then().statusCode(409).body("detail", endsWith("its process actions are frozen."));
        hr().body(Map.of("state", "IN_PROGRESS")).post("/api/v1/process-actions/" + id + "/state").then().statusCode(409)
                .contentType("application/problem+json").body("detail", endsWith("its process actions are frozen."));
        assertEquals("PLANNED null null", snapshot(id));
        assertEquals(1, actionsOn(process));
        as(employee).get(path).then().statusCode(200).body("id", contains((int) id));
    }

    @Test
    void everyoneListsACyclesActionsByProcessThenTheEarliestDue() {
        BusinessProcess first = QuarkusTransaction.requiringNew().call(() -> {
            BusinessProcess p = BusinessProcess.findById(TestData.process().id);
            p.name = "A " + p.name;
            return p;
        });
        long later = recorded(Map.of("due", cycle.startsOn.plusDays(60).toString()));
        long sooner = recorded(Map.of("due", cycle.startsOn.plusDays(45).toString()));
        long other = recorded(Map.of("process", first.name));
        recorded(OpenCycles.newest(), Map.of());

        List<Supplier<RequestSpecification>> everyone = List.of(ProcessActionApiTest::hr, () -> as(employee));
        for (Supplier<RequestSpecification> who : everyone) {
            who.get().get(path).then().statusCode(200).body("id", contains((int) other, (int) sooner, (int) later))
                    .body("process", contains(first.name, process.name, process.name));
        }
        hr().get("/api/v1/cycles/" + TestData.cycle(CycleState.draft).id + "/process-actions").then().statusCode(200)
                .body("id", empty());
        hr().get("/api/v1/cycles/987654321/process-actions").then().statusCode(404).contentType("application/problem+json");
        given().get(path).then().statusCode(401);
    }

    @Test
    void noActionShowsOrHintsAtWhoReportedPainOnTheProcess() {
        Employee reporter = TestData.employeeWithLogin(employee.team);
        as(reporter).body(PainReportApiTest.report(process, Map.of("anonymous", false, "fix", "Only-the-reporter-wrote-this")))
                .post("/api/v1/cycles/" + cycle.id + "/pain-reports").then().statusCode(201);
        long id = recorded();
        hr().body(Map.of("state", "IN_PROGRESS")).post("/api/v1/process-actions/" + id + "/state").then().statusCode(200);

        List<Supplier<RequestSpecification>> everyone = List.of(ProcessActionApiTest::hr, () -> as(employee), () -> as(reporter));
        for (Supplier<RequestSpecification> who : everyone) {
            for (String read : List.of(path, "/api/v1/process-actions/" + id)) {
                String body = who.get().get(read).then().statusCode(200).extract().asString();
                for (String hint : List.of(reporter.email, reporter.name, reporter.team.name, "Only-the-reporter-wrote-this",
                        "report", "employee", "team", Browser.HR_EMAIL)) {
                    assertFalse(body.contains(hint), read + " shows " + hint + ": " + body);
                }
            }
        }
        assertEquals(KEYS, hr().get("/api/v1/process-actions/" + id).then().extract().jsonPath().getMap("").keySet());
    }

    @Test
    void theEndpointsAreDescribedInTheOpenApiDocument() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/cycles/{id}/process-actions"))
                .body("paths", hasKey("/api/v1/process-actions/{id}"))
                .body("paths", hasKey("/api/v1/process-actions/{id}/state"));
    }

    long recorded() {
        return recorded(Map.of());
    }

    long recorded(Map<String, Object> overrides) {
        return recorded(cycle, overrides);
    }

    long recorded(ReviewCycle in, Map<String, Object> overrides) {
        return hr().body(plan(overrides)).post("/api/v1/cycles/" + in.id + "/process-actions").then().statusCode(201)
                .extract().<Integer>path("id").longValue();
    }

    Map<String, Object> plan(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("process", process.name, "what", "One approval instead of two",
                "carriedBy", "Head of Finance", "due", due));
        body.putAll(overrides);
        return body;
    }

    /** What a move could change. */
    static String snapshot(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ProcessAction a = ProcessAction.findById(id);
            return a.state + " " + a.startedAt + " " + a.doneAt;
        });
    }

    static long actionsOn(BusinessProcess process) {
        return QuarkusTransaction.requiringNew().call(() -> ProcessAction.count("process.id", process.id));
    }

    static AuditEntry latest(AuditAction action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.newestFirst(action, Paging.of(1, 1, 1)).get(0));
    }

    static RequestSpecification hr() {
        return given().auth().preemptive().basic(Browser.HR_EMAIL, Browser.HR_PASSWORD).contentType("application/json");
    }

    static RequestSpecification as(Employee employee) {
        return given().auth().preemptive().basic(employee.email, TestData.EMPLOYEE_PASSWORD).contentType("application/json");
    }
}
