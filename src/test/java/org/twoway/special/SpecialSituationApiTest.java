package org.twoway.special;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.twoway.AtOnce;
import org.twoway.Browser;
import org.twoway.TestData;
import org.twoway.audit.AuditAction;
import org.twoway.audit.AuditEntry;
import org.twoway.customers.Customer;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.friction.OpenCycles;
import org.twoway.people.Employee;
import org.twoway.system.Paging;

/** api.md "Closing the loop": writing down promises beyond the written tier, and HR deciding them, by API. */
@QuarkusTest
class SpecialSituationApiTest {

    static final String INSTANT = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z";
    static final Set<String> KEYS = Set.of("id", "cycle", "customer", "what", "hours", "promisedBy", "followUp", "recorded",
            "recordedBy", "decision", "reason", "decided", "decidedBy");

    final Employee promiser = TestData.employeeWithLogin(TestData.team());
    final Employee colleague = TestData.employeeWithLogin(promiser.team);
    final Customer customer = TestData.customer(TestData.tier(10));
    final ReviewCycle cycle = OpenCycles.newest();
    final String path = "/api/v1/cycles/" + cycle.id + "/special-situations";

    @Test
    void anEmployeeWritesDownTheirPromiseAndReadsItBackAtItsLocation() {
        var created = as(promiser).body(promise(Map.of())).post(path)
                .then().statusCode(201).contentType("application/json")
                .body("cycle", equalTo(cycle.id.intValue())).body("customer", equalTo(customer.ref))
                .body("what", equalTo("A weekend migration")).body("hours", equalTo(6.5f))
                .body("promisedBy", equalTo(promiser.email)).body("recordedBy", equalTo(promiser.email))
                .body("recorded", matchesPattern(INSTANT)).body("followUp", nullValue())
                .body("decision", nullValue()).body("reason", nullValue()).body("decided", nullValue()).body("decidedBy", nullValue())
                .extract();
        assertEquals(KEYS, created.jsonPath().getMap("").keySet());
        int id = created.path("id");
        String location = created.header("Location");
        assertTrue(location.endsWith("/api/v1/special-situations/" + id), location);

        as(promiser).get(location).then().statusCode(200).body("id", equalTo(id)).body("what", equalTo("A weekend migration"));
        hr().get(location).then().statusCode(200).body("promisedBy", equalTo(promiser.email));
        as(colleague).get(location).then().statusCode(403).contentType("application/problem+json");
        given().get(location).then().statusCode(401);
        hr().get("/api/v1/special-situations/987654321").then().statusCode(404).contentType("application/problem+json");

        AuditEntry recorded = latest(AuditAction.SPECIAL_SITUATION_RECORDED);
        assertEquals(promiser.email, recorded.actor);
        assertEquals("special situation " + id + " for " + customer.name + " (" + customer.ref + "), 6.5 h, promised by "
                + promiser.name, recorded.target);
    }

    @Test
    void hrWritesDownAColleaguesPromiseOrItsOwn() {
        hr().body(promise(Map.of("promisedBy", colleague.email.toUpperCase()))).post(path).then().statusCode(201)
                .body("promisedBy", equalTo(colleague.email)).body("recordedBy", equalTo(Browser.HR_EMAIL));
        Map<String, Object> byHr = promise(Map.of());
        byHr.put("promisedBy", null);
        hr().body(byHr).post(path).then().statusCode(201).body("promisedBy", nullValue());
        hr().body(promise(Map.of())).post(path).then().statusCode(201).body("promisedBy", nullValue());
        assertEquals(3, situationsOf(customer));
    }

    @Test
    void anEmployeeWritesDownOnlyWhatTheyPromisedThemselves() {
        as(promiser).body(promise(Map.of("promisedBy", colleague.email))).post(path).then().statusCode(403)
                .contentType("application/problem+json");
        assertEquals(0, situationsOf(customer));
        as(promiser).body(promise(Map.of("promisedBy", promiser.email))).post(path).then().statusCode(201)
                .body("promisedBy", equalTo(promiser.email));
    }

    @Test
    void badPromisesAreRefusedByFieldAndWriteNothingDown() {
        as(promiser).body(promise(Map.of("customer", "NO-SUCH-REF"))).post(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("customer"));
        Map<String, Object> noCustomer = promise(Map.of());
        noCustomer.remove("customer");
        as(promiser).body(noCustomer).post(path).then().statusCode(400).body("errors[0].field", equalTo("customer"));
        as(promiser).body(promise(Map.of("what", " "))).post(path).then().statusCode(400).body("errors[0].field", equalTo("what"));
        as(promiser).body(promise(Map.of("what", "x".repeat(2001)))).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("what"));
        for (Object hours : new Object[] {0, -2, 744.01, 745, 1.234}) {
            as(promiser).body(promise(Map.of("hours", hours))).post(path).then().statusCode(400)
                    .body("errors[0].field", equalTo("hours"));
        }
        as(promiser).body(promise(Map.of("hours", "lots"))).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("hours")).body("errors[0].message", equalTo("Send a number, such as 12.5."));
        Map<String, Object> noHours = promise(Map.of());
        noHours.remove("hours");
        as(promiser).body(noHours).post(path).then().statusCode(400).body("errors[0].field", equalTo("hours"));
        as(promiser).body(promise(Map.of("followUp", "the last one"))).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("followUp"));
        hr().body(promise(Map.of("promisedBy", "nobody@test.example"))).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("promisedBy"));
        Employee gone = TestData.employee(promiser.team);
        QuarkusTransaction.requiringNew().run(() -> Employee.<Employee>findById(gone.id).active = false);
        hr().body(promise(Map.of("promisedBy", gone.email))).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("promisedBy"));
        as(promiser).post(path).then().statusCode(400).contentType("application/problem+json");
        assertEquals(0, situationsOf(customer));

        as(promiser).body(promise(Map.of("hours", 744))).post(path).then().statusCode(201).body("hours", equalTo(744));
    }

    @Test
    void aPromiseAgreedInAFollowUpNamesOneOfTheCustomersInTheCycleThatTheCallerWorks() {
        long followUp = directContact(cycle, customer, promiser);
        as(colleague).body(promise(Map.of("followUp", followUp))).post(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("followUp"));
        Customer other = TestData.customer(TestData.tier(10));
        as(promiser).body(promise(Map.of("followUp", followUp, "customer", other.ref))).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("followUp"));
        ReviewCycle elsewhere = OpenCycles.newest();
        long followUpElsewhere = directContact(elsewhere, customer, promiser);
        as(promiser).body(promise(Map.of("followUp", followUpElsewhere))).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("followUp"));
        as(promiser).body(promise(Map.of("followUp", 987654321))).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("followUp"));
        assertEquals(0, situationsOf(customer) + situationsOf(other));

        int id = as(promiser).body(promise(Map.of("followUp", followUp))).post(path).then().statusCode(201)
                .body("followUp", equalTo((int) followUp)).extract().path("id");
        as(promiser).body(promise(Map.of("followUp", followUp))).post(path).then().statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("followUp"))
                .body("detail", endsWith("as special situation " + id + "."));
        long hrsFollowUp = directContact(cycle, customer, colleague);
        hr().body(promise(Map.of("followUp", hrsFollowUp, "promisedBy", colleague.email))).post(path).then().statusCode(201)
                .body("followUp", equalTo((int) hrsFollowUp)).body("promisedBy", equalTo(colleague.email));
        assertEquals(2, situationsOf(customer));
    }

    /** Two requests naming one follow-up at the same moment take turns on it: one is stored, the other refused (409). */
    @Test
    void twoPromisesNamingOneFollowUpAtOnceStoreOneAndRefuseTheOther() throws Exception {
        for (int round = 0; round < 4; round++) {
            long followUp = directContact(cycle, customer, promiser);
            Callable<Integer> post = () -> as(promiser).body(promise(Map.of("followUp", followUp))).post(path).statusCode();
            assertEquals(List.of(201, 409), AtOnce.statuses(List.of(post, post)), "round " + round);
        }
        assertEquals(4, situationsOf(customer));
    }

    /** Two decisions on one situation at the same moment take turns: the first counts, the second is refused. */
    @Test
    void twoDecisionsAtOnceKeepTheFirst() throws Exception {
        for (int round = 0; round < 3; round++) {
            String decision = "/api/v1/special-situations/" + recorded(promiser) + "/decision";
            assertEquals(List.of(200, 409), AtOnce.statuses(List.of(
                    () -> hr().body(Map.of("decision", "APPROVED", "reason", "Fits Gold")).post(decision).statusCode(),
                    () -> hr().body(Map.of("decision", "DECLINED", "reason", "Not in any tier")).post(decision).statusCode())),
                    "round " + round);
        }
    }

    @Test
    void hrDecidesOnceWithTheReasonThePromiserReads() {
        long id = recorded(promiser);
        String decision = "/api/v1/special-situations/" + id + "/decision";
        hr().body(Map.of("decision", "MAYBE", "reason", "Hm")).post(decision).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("decision"))
                .body("errors[0].message", equalTo("Send one of APPROVED, DECLINED."));
        hr().body(Map.of("reason", "No decision")).post(decision).then().statusCode(400).body("errors[0].field", equalTo("decision"));
        hr().body(Map.of("decision", "DECLINED", "reason", "  ")).post(decision).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        hr().body(Map.of("decision", "DECLINED")).post(decision).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        as(promiser).body(Map.of("decision", "APPROVED", "reason", "I say so")).post(decision).then().statusCode(403)
                .contentType("application/problem+json");
        given().contentType("application/json").body(Map.of("decision", "APPROVED", "reason", "x")).post(decision)
                .then().statusCode(401);
        assertEquals("undecided", snapshot(id));

        hr().body(Map.of("decision", "DECLINED", "reason", "Same-day service is what Gold pays for.")).post(decision)
                .then().statusCode(200).body("id", equalTo((int) id)).body("decision", equalTo("DECLINED"))
                .body("reason", equalTo("Same-day service is what Gold pays for.")).body("decidedBy", equalTo(Browser.HR_EMAIL))
                .body("decided", matchesPattern(INSTANT)).body("promisedBy", equalTo(promiser.email));
        String decided = snapshot(id);
        hr().body(Map.of("decision", "APPROVED", "reason", "Changed my mind")).post(decision).then().statusCode(409)
                .contentType("application/problem+json").body("detail", equalTo("This special situation was already declined."));
        assertEquals(decided, snapshot(id));
        as(promiser).get("/api/v1/special-situations/" + id).then().statusCode(200).body("decision", equalTo("DECLINED"))
                .body("reason", equalTo("Same-day service is what Gold pays for."));
        assertTrue(latest(AuditAction.SPECIAL_SITUATION_DECIDED).target.startsWith("special situation " + id + " for "));
        hr().body(Map.of("decision", "APPROVED", "reason", "x")).post("/api/v1/special-situations/987654321/decision")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aClosedCyclesSpecialSituationsAreFrozenButStillListed() {
        long id = recorded(promiser);
        ReviewCycle draft = TestData.cycle(CycleState.draft);
        as(promiser).body(promise(Map.of())).post("/api/v1/cycles/" + draft.id + "/special-situations").then().statusCode(409)
                .contentType("application/problem+json");
        as(promiser).body(promise(Map.of())).post("/api/v1/cycles/987654321/special-situations").then().statusCode(404)
                .contentType("application/problem+json");
        QuarkusTransaction.requiringNew().run(() -> ReviewCycle.<ReviewCycle>findById(cycle.id).state = CycleState.closed);

        as(promiser).body(promise(Map.of())).post(path).then().statusCode(409).contentType("application/problem+json")
                .body("detail", endsWith("its special situations are frozen."));
        hr().body(Map.of("decision", "APPROVED", "reason", "Fine")).post("/api/v1/special-situations/" + id + "/decision")
                .then().statusCode(409).body("detail", endsWith("its special situations are frozen."));
        assertEquals("undecided", snapshot(id));
        assertEquals(1, situationsOf(customer));
        hr().get(path).then().statusCode(200).body("id", contains((int) id));
    }

    @Test
    void hrListsEveryPromiseOfTheCycleWaitingOnesFirstAndAnEmployeeTheirOwn() {
        long decided = recorded(promiser);
        hr().body(Map.of("decision", "APPROVED", "reason", "Once")).post("/api/v1/special-situations/" + decided + "/decision")
                .then().statusCode(200);
        long waiting = recorded(promiser);
        long theirs = recorded(colleague);
        recorded(OpenCycles.newest(), promiser);

        hr().get(path).then().statusCode(200).body("id", contains((int) theirs, (int) waiting, (int) decided))
                .body("decision", contains(null, null, "APPROVED"));
        as(promiser).get(path).then().statusCode(200).body("id", contains((int) waiting, (int) decided))
                .body("promisedBy", contains(promiser.email, promiser.email));
        as(colleague).get(path).then().statusCode(200).body("id", contains((int) theirs));
        as(TestData.employeeWithLogin(promiser.team)).get(path).then().statusCode(200).body("id", empty());
        hr().get("/api/v1/cycles/987654321/special-situations").then().statusCode(404).contentType("application/problem+json");
        given().get(path).then().statusCode(401);
    }

    @Test
    void theEndpointsAreDescribedInTheOpenApiDocument() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/cycles/{id}/special-situations"))
                .body("paths", hasKey("/api/v1/special-situations/{id}"))
                .body("paths", hasKey("/api/v1/special-situations/{id}/decision"))
                .body("paths.'/api/v1/cycles/{id}/special-situations'", hasKey("post"));
    }

    long recorded(Employee by) {
        return recorded(cycle, by);
    }

    long recorded(ReviewCycle in, Employee by) {
        return as(by).body(promise(Map.of())).post("/api/v1/cycles/" + in.id + "/special-situations")
                .then().statusCode(201).extract().<Integer>path("id").longValue();
    }

    Map<String, Object> promise(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("customer", customer.ref, "what", "A weekend migration", "hours", 6.5));
        body.putAll(overrides);
        return body;
    }

    static long directContact(ReviewCycle in, Customer about, Employee owner) {
        return hr().body(Map.of("customer", about.ref, "about", "Wants more", "via", "PHONE", "owner", owner.email))
                .post("/api/v1/cycles/" + in.id + "/direct-contacts").then().statusCode(201)
                .extract().<Integer>path("id").longValue();
    }

    /** What a decision could change. */
    static String snapshot(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SpecialSituation s = SpecialSituation.findById(id);
            return s.decision == null ? "undecided" : s.decision + " " + s.reason + " " + s.decidedAt + " " + s.decidedBy.id;
        });
    }

    static long situationsOf(Customer customer) {
        return QuarkusTransaction.requiringNew().call(() -> SpecialSituation.count("customer.id", customer.id));
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
