package org.twoway.loop;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
import org.junit.jupiter.api.Test;
import org.twoway.AtOnce;
import org.twoway.Browser;
import org.twoway.TestData;
import org.twoway.customers.Customer;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.feedback.Fixtures;
import org.twoway.friction.OpenCycles;
import org.twoway.people.Employee;
import org.twoway.special.SpecialSituation;

/** api.md "Closing the loop": listing follow-ups, recording direct contacts, and working a follow-up by API. */
@QuarkusTest
class FollowUpApiTest {

    static final String INSTANT = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z";
    static final Set<String> KEYS = Set.of("id", "customer", "owner", "source", "opened", "due", "contact", "closed",
            "rating", "about", "via", "state", "overdue", "handledByOthers", "beyondTier");

    final Employee owner = TestData.employeeWithLogin(TestData.team());
    final Employee colleague = TestData.employeeWithLogin(owner.team);
    final Customer customer = TestData.customer(TestData.tier(10));
    final ReviewCycle cycle = OpenCycles.newest();

    @Test
    void hrRecordsADirectContactAndReadsItBackAtItsLocation() {
        var created = hr().body(direct(Map.of())).post("/api/v1/cycles/" + cycle.id + "/direct-contacts")
                .then().statusCode(201).contentType("application/json")
                .body("customer", equalTo(customer.ref)).body("owner", equalTo(owner.email))
                .body("source", equalTo("DIRECT_CONTACT")).body("about", equalTo("Invoice twice"))
                .body("via", equalTo("PHONE")).body("state", equalTo("open"))
                .body("opened", matchesPattern(INSTANT)).body("due", matchesPattern(INSTANT))
                .body("contact", nullValue()).body("closed", nullValue()).body("rating", nullValue())
                .body("overdue", equalTo(false)).body("handledByOthers", equalTo(false)).body("beyondTier", nullValue())
                .extract();
        assertEquals(KEYS, created.jsonPath().getMap("").keySet());
        int id = created.path("id");
        String location = created.header("Location");
        assertTrue(location.endsWith("/api/v1/follow-ups/" + id), location);

        as(owner).get(location).then().statusCode(200).body("id", equalTo(id)).body("about", equalTo("Invoice twice"));
        hr().get(location).then().statusCode(200).body("owner", equalTo(owner.email));
    }

    @Test
    void aDirectContactWithoutOwnerGoesToWhoeverServedTheCustomerMost() {
        Fixtures.effort(cycle, colleague, customer, 3);
        Fixtures.effort(cycle, owner, customer, 12);
        Map<String, Object> body = direct(Map.of());
        body.put("owner", null);
        hr().body(body).post("/api/v1/cycles/" + cycle.id + "/direct-contacts")
                .then().statusCode(201).body("owner", equalTo(owner.email));
    }

    @Test
    void aDirectContactWithBadInputIsRefusedByFieldAndOpensNothing() {
        String path = "/api/v1/cycles/" + cycle.id + "/direct-contacts";
        hr().body(direct(Map.of("customer", "NO-SUCH-REF"))).post(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("customer"));
        hr().body(direct(Map.of("via", "PIGEON"))).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("via")).body("errors[0].message", equalTo("Send one of PHONE, EMAIL, IN_PERSON."));
        hr().body(direct(Map.of("about", " "))).post(path).then().statusCode(400).body("errors[0].field", equalTo("about"));
        hr().body(direct(Map.of("owner", "nobody@test.example"))).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("owner"));
        Employee gone = TestData.employee(owner.team);
        QuarkusTransaction.requiringNew().run(() -> Employee.<Employee>findById(gone.id).active = false);
        hr().body(direct(Map.of("owner", gone.email))).post(path).then().statusCode(400).body("errors[0].field", equalTo("owner"));
        Map<String, Object> noVia = direct(Map.of());
        noVia.remove("via");
        hr().body(noVia).post(path).then().statusCode(400).body("errors.field", hasItem("via"));
        hr().post(path).then().statusCode(400).contentType("application/problem+json");
        assertEquals(0, followUpsOf(customer));
    }

    @Test
    void aDirectContactGoesOnlyIntoAnOpenCycleAndOnlyFromHr() {
        ReviewCycle closed = TestData.cycle(CycleState.closed);
        ReviewCycle draft = TestData.cycle(CycleState.draft);
        hr().body(direct(Map.of())).post("/api/v1/cycles/" + closed.id + "/direct-contacts").then().statusCode(409)
                .contentType("application/problem+json").body("status", equalTo(409));
        hr().body(direct(Map.of())).post("/api/v1/cycles/" + draft.id + "/direct-contacts").then().statusCode(409);
        hr().body(direct(Map.of())).post("/api/v1/cycles/987654321/direct-contacts").then().statusCode(404)
                .contentType("application/problem+json");
        as(owner).body(direct(Map.of())).post("/api/v1/cycles/" + cycle.id + "/direct-contacts").then().statusCode(403)
                .contentType("application/problem+json");
        given().contentType("application/json").body(direct(Map.of())).post("/api/v1/cycles/" + cycle.id + "/direct-contacts")
                .then().statusCode(401);
        assertEquals(0, followUpsOf(customer));
    }

    @Test
    void theOwnerRecordsTheContactThenClosesItAndNeitherTwice() {
        long id = directContact(owner);
        as(owner).body(Map.of("channel", "MEETING")).post("/api/v1/follow-ups/" + id + "/contact")
                .then().statusCode(200).body("state", equalTo("contacted")).body("contact.channel", equalTo("MEETING"))
                .body("contact.recordedBy", equalTo(owner.email)).body("contact.at", matchesPattern(INSTANT))
                .body("handledByOthers", equalTo(false)).body("closed", nullValue());
        String contacted = snapshot(id);
        as(owner).body(Map.of("channel", "PHONE")).post("/api/v1/follow-ups/" + id + "/contact")
                .then().statusCode(409).contentType("application/problem+json");
        assertEquals(contacted, snapshot(id));

        as(owner).body(close(Map.of("beyondTier", Map.of("what", "A weekend migration", "hours", 6.5))))
                .post("/api/v1/follow-ups/" + id + "/close")
                .then().statusCode(200).body("state", equalTo("closed")).body("closed.outcome", equalTo("RESOLVED"))
                .body("closed.agreed", equalTo("Credit note sent")).body("closed.by", equalTo(owner.email))
                .body("closed.at", matchesPattern(INSTANT))
                .body("beyondTier.what", equalTo("A weekend migration")).body("beyondTier.hours", equalTo(6.5f));
        String closed = snapshot(id);
        as(owner).body(close(Map.of())).post("/api/v1/follow-ups/" + id + "/close").then().statusCode(409);
        as(owner).body(Map.of("channel", "PHONE")).post("/api/v1/follow-ups/" + id + "/contact").then().statusCode(409);
        hr().body(Map.of("owner", colleague.email)).post("/api/v1/follow-ups/" + id + "/owner").then().statusCode(409);
        assertEquals(closed, snapshot(id));
    }

    /** The owner and HR working one follow-up at the same moment take turns: the second is refused, and nothing is lost. */
    @Test
    void theOwnerAndHrAtOnceTakeTurnsAndTheSecondIsRefused() throws Exception {
        for (int round = 0; round < 3; round++) {
            long id = directContact(owner);
            String contact = "/api/v1/follow-ups/" + id + "/contact";
            assertEquals(List.of(200, 409), AtOnce.statuses(List.of(
                    () -> as(owner).body(Map.of("channel", "PHONE")).post(contact).statusCode(),
                    () -> hr().body(Map.of("channel", "EMAIL")).post(contact).statusCode())), "round " + round);
            String close = "/api/v1/follow-ups/" + id + "/close";
            Map<String, Object> byOwner = close(Map.of("agreed", "Owner: credit note",
                    "beyondTier", Map.of("what", "A weekend migration", "hours", 6.5)));
            Map<String, Object> byHr = close(Map.of("agreed", "HR: refund", "beyondTier", Map.of("what", "A site visit", "hours", 3)));
            assertEquals(List.of(200, 409), AtOnce.statuses(List.of(() -> as(owner).body(byOwner).post(close).statusCode(),
                    () -> hr().body(byHr).post(close).statusCode())), "round " + round);
            String agreed = as(owner).get("/api/v1/follow-ups/" + id).then().statusCode(200).extract().path("closed.agreed");
            long promises = QuarkusTransaction.requiringNew().call(() -> SpecialSituation.count("followUpId", id));
            assertEquals(1, promises, "one promise written down for the close that counted (" + agreed + ")");
        }
    }

    @Test
    void closingBeforeTheContactIs409AndBadClosesAreRefusedByField() {
        long id = directContact(owner);
        String path = "/api/v1/follow-ups/" + id + "/close";
        as(owner).body(close(Map.of())).post(path).then().statusCode(409).contentType("application/problem+json");
        as(owner).body(Map.of("channel", "EMAIL")).post("/api/v1/follow-ups/" + id + "/contact").then().statusCode(200);
        String before = snapshot(id);

        as(owner).body(close(Map.of("outcome", "FIXED"))).post(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("outcome"));
        as(owner).body(close(Map.of("agreed", ""))).post(path).then().statusCode(400).body("errors[0].field", equalTo("agreed"));
        for (Object hours : new Object[] {0, 745, 1.234}) {
            as(owner).body(close(Map.of("beyondTier", Map.of("what", "Extra", "hours", hours)))).post(path)
                    .then().statusCode(400).body("errors[0].field", equalTo("beyondTier.hours"));
        }
        as(owner).body(close(Map.of("beyondTier", Map.of("what", "Extra", "hours", "lots")))).post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("beyondTier.hours"));
        as(owner).body(Map.of("channel", "FAX")).post("/api/v1/follow-ups/" + id + "/contact")
                .then().statusCode(400).body("errors[0].field", equalTo("channel"));
        assertEquals(before, snapshot(id));
    }

    @Test
    void hrRecordingTheContactIsCountedAsHandledByOthers() {
        long id = directContact(owner);
        hr().body(Map.of("channel", "PHONE")).post("/api/v1/follow-ups/" + id + "/contact")
                .then().statusCode(200).body("handledByOthers", equalTo(true))
                .body("contact.recordedBy", equalTo(Browser.HR_EMAIL)).body("owner", equalTo(owner.email));
        assertEquals(Boolean.TRUE, QuarkusTransaction.requiringNew().call(() -> FollowUp.<FollowUp>findById(id).contactByOther));
        hr().body(close(Map.of())).post("/api/v1/follow-ups/" + id + "/close")
                .then().statusCode(200).body("closed.by", equalTo(Browser.HR_EMAIL)).body("handledByOthers", equalTo(true));
    }

    @Test
    void anotherEmployeeCanNeitherReadNorWorkSomeoneElsesFollowUp() {
        long id = directContact(owner);
        String before = snapshot(id);
        as(colleague).get("/api/v1/follow-ups/" + id).then().statusCode(403).contentType("application/problem+json");
        as(colleague).body(Map.of("channel", "PHONE")).post("/api/v1/follow-ups/" + id + "/contact").then().statusCode(403);
        as(colleague).body(close(Map.of())).post("/api/v1/follow-ups/" + id + "/close").then().statusCode(403);
        as(colleague).body(Map.of("owner", colleague.email)).post("/api/v1/follow-ups/" + id + "/owner").then().statusCode(403);
        as(owner).body(Map.of("owner", colleague.email)).post("/api/v1/follow-ups/" + id + "/owner").then().statusCode(403);
        given().contentType("application/json").body(Map.of("channel", "PHONE")).post("/api/v1/follow-ups/" + id + "/contact")
                .then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/follow-ups/" + id).then().statusCode(401);
        assertEquals(before, snapshot(id));
        hr().get("/api/v1/follow-ups/987654321").then().statusCode(404).contentType("application/problem+json");
        hr().body(Map.of("channel", "PHONE")).post("/api/v1/follow-ups/987654321/contact").then().statusCode(404);
    }

    @Test
    void hrHandsAFollowUpToAnActiveEmployeeOnly() {
        long id = directContact(owner);
        String path = "/api/v1/follow-ups/" + id + "/owner";
        hr().body(Map.of("owner", "nobody@test.example")).post(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("owner"));
        Employee gone = TestData.employee(owner.team);
        QuarkusTransaction.requiringNew().run(() -> Employee.<Employee>findById(gone.id).active = false);
        hr().body(Map.of("owner", gone.email)).post(path).then().statusCode(400).body("errors[0].field", equalTo("owner"));
        hr().body(Map.of()).post(path).then().statusCode(400).body("errors[0].field", equalTo("owner"));
        assertTrue(snapshot(id).contains("owner=" + owner.id + ","));

        hr().body(Map.of("owner", colleague.email)).post(path).then().statusCode(200).body("owner", equalTo(colleague.email));
        as(colleague).get("/api/v1/follow-ups/" + id).then().statusCode(200);
        hr().body(Map.of("owner", owner.email)).post("/api/v1/follow-ups/987654321/owner").then().statusCode(404);
    }

    @Test
    void hrListsEveryFollowUpOfTheCycleByOwnerAndState() {
        long mine = directContact(owner);
        long theirs = directContact(colleague);
        as(colleague).body(Map.of("channel", "PHONE")).post("/api/v1/follow-ups/" + theirs + "/contact").then().statusCode(200);
        String path = "/api/v1/cycles/" + cycle.id + "/follow-ups";

        hr().get(path).then().statusCode(200).body("id", containsInAnyOrder((int) mine, (int) theirs));
        hr().queryParam("owner", colleague.email.toUpperCase()).get(path).then().statusCode(200)
                .body("id", contains((int) theirs)).body("[0].contact.channel", equalTo("PHONE"));
        hr().queryParam("state", "open").get(path).then().statusCode(200).body("id", contains((int) mine));
        hr().queryParam("state", "contacted").get(path).then().statusCode(200).body("id", contains((int) theirs));
        hr().queryParam("state", "closed").get(path).then().statusCode(200).body("id", empty());
        hr().queryParam("owner", "nobody@test.example").get(path).then().statusCode(200).body("id", empty());
        hr().queryParam("state", "done").get(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("state"));
        hr().get("/api/v1/cycles/987654321/follow-ups").then().statusCode(404).contentType("application/problem+json");
        given().get(path).then().statusCode(401);
    }

    @Test
    void anEmployeeListsTheirOwnFollowUpsOnly() {
        long mine = directContact(owner);
        directContact(colleague);
        String path = "/api/v1/cycles/" + cycle.id + "/follow-ups";
        as(owner).get(path).then().statusCode(200).body("id", contains((int) mine)).body("owner", contains(owner.email));
        as(owner).queryParam("owner", owner.email).queryParam("state", "open").get(path).then().statusCode(200)
                .body("id", contains((int) mine));
        as(owner).queryParam("owner", colleague.email).get(path).then().statusCode(403).contentType("application/problem+json");
        as(owner).queryParam("owner", "nobody@test.example").get(path).then().statusCode(403);
    }

    @Test
    void aFollowUpOpenedByAnAnswerCarriesTheAnswer() {
        String link = Fixtures.issue(cycle, customer, owner, null);
        Browser browser = Browser.anonymous();
        browser.get(link);
        browser.submit(link, Map.of("responsiveness", "1", "solved", "2", "promises", "4", "company", "5",
                "firstContact", "ESCALATE", "comment", "Nobody called back.")).then().statusCode(200);

        as(owner).get("/api/v1/cycles/" + cycle.id + "/follow-ups").then().statusCode(200)
                .body("source", contains("ANSWER")).body("about", contains((Object) null))
                .body("[0].customer", equalTo(customer.ref))
                .body("[0].rating.responsiveness", equalTo(1)).body("[0].rating.solved", equalTo(2))
                .body("[0].rating.promises", equalTo(4)).body("[0].rating.company", equalTo(5))
                .body("[0].rating.firstContact", equalTo("ESCALATE")).body("[0].rating.comment", equalTo("Nobody called back."));
    }

    @Test
    void aClosedCyclesFollowUpsAreFrozenButStillListed() {
        long id = directContact(owner);
        QuarkusTransaction.requiringNew().run(() -> {
            ReviewCycle c = ReviewCycle.findById(cycle.id);
            c.state = CycleState.closed;
        });
        String before = snapshot(id);
        as(owner).body(Map.of("channel", "PHONE")).post("/api/v1/follow-ups/" + id + "/contact").then().statusCode(409)
                .contentType("application/problem+json").body("detail", endsWith("its follow-ups are frozen."));
        hr().body(close(Map.of())).post("/api/v1/follow-ups/" + id + "/close").then().statusCode(409);
        hr().body(Map.of("owner", colleague.email)).post("/api/v1/follow-ups/" + id + "/owner").then().statusCode(409);
        assertEquals(before, snapshot(id));
        hr().get("/api/v1/cycles/" + cycle.id + "/follow-ups").then().statusCode(200).body("id", contains((int) id));
    }

    @Test
    void theEndpointsAreDescribedInTheOpenApiDocument() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/cycles/{id}/follow-ups"))
                .body("paths", hasKey("/api/v1/cycles/{id}/direct-contacts"))
                .body("paths", hasKey("/api/v1/follow-ups/{id}"))
                .body("paths", hasKey("/api/v1/follow-ups/{id}/contact"))
                .body("paths", hasKey("/api/v1/follow-ups/{id}/close"))
                .body("paths", hasKey("/api/v1/follow-ups/{id}/owner"));
    }

    long directContact(Employee to) {
        return hr().body(direct(Map.of("owner", to.email))).post("/api/v1/cycles/" + cycle.id + "/direct-contacts")
                .then().statusCode(201).extract().<Integer>path("id").longValue();
    }

    Map<String, Object> direct(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("customer", customer.ref, "about", "Invoice twice", "via", "PHONE",
                "owner", owner.email));
        body.putAll(overrides);
        return body;
    }

    static Map<String, Object> close(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("outcome", "RESOLVED", "agreed", "Credit note sent"));
        body.putAll(overrides);
        return body;
    }

    /** What a request could change of a follow-up, and how long its history is. */
    static String snapshot(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            FollowUp f = FollowUp.findById(id);
            return "owner=" + (f.owner == null ? null : f.owner.id) + ", contacted=" + f.contactedAt + " " + f.contactChannel
                    + ", closed=" + f.closedAt + " " + f.outcome + " " + f.agreed + " " + f.beyondTierHours
                    + ", events=" + FollowUpEvent.history(id).size();
        });
    }

    static long followUpsOf(Customer customer) {
        return QuarkusTransaction.requiringNew().call(() -> FollowUp.count("customer.id", customer.id));
    }

    static RequestSpecification hr() {
        return given().auth().preemptive().basic(Browser.HR_EMAIL, Browser.HR_PASSWORD).contentType("application/json");
    }

    static RequestSpecification as(Employee employee) {
        return given().auth().preemptive().basic(employee.email, TestData.EMPLOYEE_PASSWORD).contentType("application/json");
    }
}
