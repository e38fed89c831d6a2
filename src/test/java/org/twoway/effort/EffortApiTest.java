package org.twoway.effort;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.TestData;
import org.twoway.customers.Customer;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Employee;

@QuarkusTest
class EffortApiTest {

    private final Employee ana = TestData.employeeWithLogin(TestData.team());
    private final Customer acme = TestData.customer(TestData.tier(20));
    private final ReviewCycle cycle = TestData.cycle(CycleState.open);

    @Test
    void entriesAreAcceptedAndStoredAsComingFromTheApi() {
        hr().body(List.of(Map.of("employee", ana.email.toUpperCase(), "customer", acme.ref, "hours", 12.5),
                        Map.of("employee", ana.email, "customer", acme.ref.toLowerCase(), "hours", 744)))
                .post("/api/v1/cycles/" + cycle.id + "/effort")
                .then().statusCode(200).body("accepted", equalTo(2));
        List<EffortEntry> stored = EffortData.inCycle(cycle);
        assertEquals(2, stored.size());
        assertTrue(stored.stream().allMatch(e -> EffortEntry.API.equals(e.source) && e.employee.id.equals(ana.id)));
        assertEquals(0, new BigDecimal("756.5").compareTo(EffortData.total(cycle)));
    }

    @Test
    void oneBadEntryRefusesTheWholeBatchNamingEachFieldByIndex() {
        hr().body(List.of(Map.of("employee", ana.email, "customer", acme.ref, "hours", 1),
                        Map.of("employee", ana.email, "customer", acme.ref, "hours", 0),
                        Map.of("employee", "nobody@test.example", "customer", "NO-SUCH-REF", "hours", 1.005),
                        Map.of("customer", acme.ref, "hours", 745)))
                .post("/api/v1/cycles/" + cycle.id + "/effort")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("[1].hours", "[2].employee", "[2].customer", "[2].hours",
                        "[3].employee", "[3].hours"));
        assertEquals(0, EffortData.inCycle(cycle).size());
    }

    @Test
    void emptyBatchAcceptsNothingAndAnythingButAnArrayIsInvalid() {
        hr().body("[]").post("/api/v1/cycles/" + cycle.id + "/effort").then().statusCode(200).body("accepted", equalTo(0));
        hr().body("{\"employee\":\"x\"}").post("/api/v1/cycles/" + cycle.id + "/effort").then().statusCode(400);
        hr().body("null").post("/api/v1/cycles/" + cycle.id + "/effort").then().statusCode(400);
        hr().body("[{\"employee\":\"a\",\"customer\":\"b\",\"hours\":\"lots\"}]")
                .post("/api/v1/cycles/" + cycle.id + "/effort").then().statusCode(400);
        assertEquals(0, EffortData.inCycle(cycle).size());
    }

    @Test
    void unknownCycleIsNotFoundAndACycleThatIsNotOpenIsAConflict() {
        List<Map<String, Object>> body = List.of(Map.of("employee", ana.email, "customer", acme.ref, "hours", 1));
        hr().body(body).post("/api/v1/cycles/987654321/effort").then().statusCode(404);
        ReviewCycle closed = TestData.cycle(CycleState.closed);
        ReviewCycle draft = TestData.cycle(CycleState.draft);
        hr().body(body).post("/api/v1/cycles/" + closed.id + "/effort").then().statusCode(409)
                .body("detail", equalTo("The cycle “" + closed.name + "” is closed: its effort is frozen."));
        hr().body(body).post("/api/v1/cycles/" + draft.id + "/effort").then().statusCode(409);
        assertEquals(0, EffortData.inCycle(closed).size() + EffortData.inCycle(draft).size());
    }

    @Test
    void onlyHrMayPushEffort() {
        List<Map<String, Object>> body = List.of(Map.of("employee", ana.email, "customer", acme.ref, "hours", 1));
        given().auth().preemptive().basic(ana.email, TestData.EMPLOYEE_PASSWORD).contentType("application/json")
                .body(body).post("/api/v1/cycles/" + cycle.id + "/effort").then().statusCode(403);
        given().contentType("application/json").body(body).post("/api/v1/cycles/" + cycle.id + "/effort")
                .then().statusCode(401);
        assertEquals(0, EffortData.inCycle(cycle).size());
    }

    private static RequestSpecification hr() {
        return given().auth().preemptive().basic(Browser.HR_EMAIL, Browser.HR_PASSWORD).contentType("application/json");
    }
}
