package org.twoway.special;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twoway.Browser;
import org.twoway.PageText;
import org.twoway.TestData;
import org.twoway.audit.AuditAction;
import org.twoway.audit.AuditEntry;
import org.twoway.customers.Customer;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.friction.OpenCycles;
import org.twoway.people.Employee;
import org.twoway.people.Team;

/**
 * Recording a special situation (an employee their own, HR anyone's or its own), HR's list of a cycle's, and HR's
 * decision: each success, each refusal by its field with the input kept and nothing changed, and who may do what.
 */
@QuarkusTest
class SpecialSituationPagesTest {

    Employee promiser;
    Employee colleague;
    Customer customer;
    ReviewCycle cycle;
    Browser me;

    @BeforeEach
    void company() {
        Team team = TestData.team();
        promiser = TestData.employeeWithLogin(team);
        colleague = TestData.employeeWithLogin(team);
        customer = TestData.customer(TestData.tier(10));
        cycle = OpenCycles.newest();
        me = Browser.signedIn(promiser.email, TestData.EMPLOYEE_PASSWORD);
    }

    Map<String, String> promise(String what, String hours) {
        return new HashMap<>(Map.of("customer", customer.id.toString(), "what", what, "hours", hours));
    }

    @Test
    void anEmployeeRecordsWhatTheyPromisedIntoTheOpenCycleAndReadsItOnMyWork() {
        String form = me.get("/me").then().statusCode(200).extract().asString();
        assertTrue(form.contains("href=\"/special-situations/new\""), "My work links the form");
        String blank = me.get("/special-situations/new").then().statusCode(200).extract().asString();
        assertTrue(PageText.mainText(blank).contains("It goes into review cycle " + cycle.name), blank);
        assertFalse(blank.contains("name=\"promisedBy\""), "an employee names no promiser");

        long audited = audited(AuditAction.SPECIAL_SITUATION_RECORDED);
        String location = me.submit("/special-situations", promise("  A weekly call for a month ", "6.5"))
                .then().statusCode(303).extract().header("Location");
        SpecialSituation recorded = SpecialData.find(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        assertEquals(cycle.id, recorded.cycle.id, "into the open cycle");
        assertEquals("A weekly call for a month", recorded.what);
        assertEquals(0, new BigDecimal("6.5").compareTo(recorded.hours));
        assertEquals(promiser.id, recorded.promisedBy.id);
        assertNull(recorded.decision);
        assertEquals(audited + 1, audited(AuditAction.SPECIAL_SITUATION_RECORDED), "in the audit log");

        String page = PageText.mainText(me.get(location).then().statusCode(200).extract().asString());
        assertTrue(page.contains("Promised by " + promiser.name) && page.contains("HR’s decision waiting for HR"), page);
        String home = PageText.mainText(me.get("/me").asString());
        assertTrue(home.contains(customer.name + " A weekly call for a month 6.5 waiting for HR"), home);
    }

    @Test
    void anEmployeeCannotRecordForAColleague() {
        Map<String, String> forged = promise("Free training day", "8");
        forged.put("promisedBy", colleague.id.toString());
        me.submit("/special-situations", forged).then().statusCode(403);
        assertEquals(0, SpecialData.count(customer));
    }

    @ParameterizedTest
    @CsvSource({"'', 4, what, 'Write down what was promised beyond the tier.'",
            "'   ', 4, what, 'Write down what was promised beyond the tier.'",
            "A call, 0, hours, 'Give the estimated hours, more than 0 and at most 744, to two decimals.'",
            "A call, -2, hours, 'Give the estimated hours, more than 0 and at most 744, to two decimals.'",
            "A call, 744.01, hours, 'Give the estimated hours, more than 0 and at most 744, to two decimals.'",
            "A call, 745, hours, 'Give the estimated hours, more than 0 and at most 744, to two decimals.'",
            "A call, 1.255, hours, 'Give the estimated hours, more than 0 and at most 744, to two decimals.'",
            "A call, four, hours, 'Give the estimated hours as a number, such as 4 or 2.5.'",
            "A call, '', hours, 'Give the estimated hours, more than 0 and at most 744, to two decimals.'"})
    void badInputComesBackByItsFieldWithTheInputKeptAndNothingRecorded(String what, String hours, String field,
            String message) {
        String refused = me.submit("/special-situations", promise(what, hours)).then().statusCode(400).extract().asString();
        assertEquals(message, PageText.errorBy(refused, field));
        assertEquals(what, PageText.valueOf(refused, "what"));
        assertEquals(hours, PageText.valueOf(refused, "hours"));
        assertTrue(PageText.valueOf(refused, "customer").startsWith(customer.name), "the customer stays chosen");
        assertEquals(0, SpecialData.count(customer));
    }

    @Test
    void anEmptyPromiseWithAbsurdHoursShowsBothMessagesAndNoCustomerItsOwn() {
        Map<String, String> form = promise("", "800");
        form.put("customer", "");
        String refused = me.submit("/special-situations", form).then().statusCode(400).extract().asString();
        assertEquals("Choose the customer it was promised to.", PageText.errorBy(refused, "customer"));
        assertEquals("Write down what was promised beyond the tier.", PageText.errorBy(refused, "what"));
        assertEquals("Give the estimated hours, more than 0 and at most 744, to two decimals.",
                PageText.errorBy(refused, "hours"));
        assertEquals(0, SpecialData.count(customer));
    }

    @Test
    void hrRecordsForAnActiveEmployeeOrForItselfAndMustSayWhich() {
        Browser hr = Browser.hr();
        assertTrue(hr.get("/hr/cycles/" + cycle.id).asString().contains("href=\"/special-situations/new\""),
                "the cycle hub links the form");
        String none = hr.submit("/special-situations", promise("Extra report", "3")).then().statusCode(400).extract().asString();
        assertEquals("Choose who promised it: an active employee, or HR.", PageText.errorBy(none, "promisedBy"));
        Employee gone = TestData.employee(TestData.team());
        QuarkusTransaction.requiringNew().run(() -> Employee.<Employee>findById(gone.id).active = false);
        Map<String, String> inactive = promise("Extra report", "3");
        inactive.put("promisedBy", gone.id.toString());
        String refused = hr.submit("/special-situations", inactive).then().statusCode(400).extract().asString();
        assertEquals("Choose an active employee, or HR.", PageText.errorBy(refused, "promisedBy"));
        assertEquals(0, SpecialData.count(customer));

        Map<String, String> forColleague = promise("Extra report", "3");
        forColleague.put("promisedBy", colleague.id.toString());
        hr.submit("/special-situations", forColleague).then().statusCode(303);
        Map<String, String> itself = promise("A free audit", "12");
        itself.put("promisedBy", "hr");
        hr.submit("/special-situations", itself).then().statusCode(303);

        String list = PageText.mainText(hr.get("/hr/cycles/" + cycle.id + "/special-situations").then().statusCode(200)
                .extract().asString());
        assertTrue(list.contains("2 special situations, 15 estimated hours promised (declined ones not counted); 2 waiting"
                + " for a decision."), list);
        assertTrue(list.contains("Extra report 3 " + colleague.name + " waiting for HR"), list);
        assertTrue(list.contains("A free audit 12 HR waiting for HR"), list);

        long audit = QuarkusTransaction.requiringNew().call(() -> SpecialSituation.listOfCustomer(customer.id).stream()
                .filter(s -> s.what.equals("A free audit")).findFirst().orElseThrow().id);
        hr.submit("/special-situations/" + audit + "/decision", Map.of("decision", "DECLINED", "reason", "Not in any tier"))
                .then().statusCode(303);
        String declined = PageText.mainText(hr.get("/hr/cycles/" + cycle.id + "/special-situations").asString());
        assertTrue(declined.contains("2 special situations, 3 estimated hours promised (declined ones not counted); 1 waiting"
                + " for a decision."), declined);
    }

    @Test
    void withNoCycleOpenNothingCanBeRecorded() {
        List<Long> open = QuarkusTransaction.requiringNew().call(ReviewCycle::openIds);
        QuarkusTransaction.requiringNew().run(() -> set(open, CycleState.draft));
        try {
            assertTrue(PageText.mainText(me.get("/special-situations/new").asString())
                    .contains("No review cycle is open, so a special situation cannot be recorded now."));
            String refused = me.submit("/special-situations", promise("A call", "2")).then().statusCode(409).extract().asString();
            assertTrue(PageText.mainText(refused).contains("No review cycle is open"), refused);
            assertEquals(0, SpecialData.count(customer));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> set(open, CycleState.open));
        }
    }

    static long audited(AuditAction action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.countOf(action));
    }

    private static void set(List<Long> cycles, CycleState state) {
        cycles.forEach(id -> ReviewCycle.<ReviewCycle>findById(id).state = state);
    }

    @Test
    void hrsListPutsTheWaitingFirstAndHrDecidesEachOnceWithAReason() {
        SpecialSituation decided = SpecialData.promise(cycle, customer, promiser, "Old favour", "2");
        SpecialData.decided(decided, Decision.APPROVED, "Written into Gold next cycle");
        SpecialSituation waiting = SpecialData.promise(cycle, customer, promiser, "Weekend support", "10");
        Browser hr = Browser.hr();
        String list = hr.get("/hr/cycles/" + cycle.id + "/special-situations").then().statusCode(200).extract().asString();
        String text = PageText.mainText(list);
        assertTrue(text.indexOf("Weekend support") < text.indexOf("Old favour"), "waiting first: " + text);
        assertTrue(text.contains("Old favour 2 " + promiser.name + " approved Written into Gold next cycle"), text);
        assertTrue(list.contains("action=\"/special-situations/" + waiting.id + "/decision\""));
        assertFalse(list.contains("action=\"/special-situations/" + decided.id + "/decision\""), "decided: no form");

        String path = "/special-situations/" + waiting.id + "/decision";
        long audited = audited(AuditAction.SPECIAL_SITUATION_DECIDED);
        String noReason = hr.submit(path, Map.of("decision", "DECLINED", "reason", " ")).then().statusCode(400)
                .extract().asString();
        assertEquals("Give the reason for the decision; the promiser reads it.", PageText.errorBy(noReason, "reason"));
        assertTrue(noReason.contains("value=\"DECLINED\" checked"), "the decision stays chosen");
        String noDecision = hr.submit(path, Map.of("reason", "Not in any tier")).then().statusCode(400).extract().asString();
        assertEquals("Choose whether to approve or decline it.", PageText.errorBy(noDecision, "decision"));
        assertEquals("Not in any tier", PageText.valueOf(noDecision, "reason"));
        assertNull(SpecialData.find(waiting.id).decision);

        hr.submit(path, Map.of("decision", "DECLINED", "reason", "Weekends are not in any tier"))
                .then().statusCode(303).header("Location", containsString("/hr/cycles/" + cycle.id + "/special-situations"));
        SpecialSituation declined = SpecialData.find(waiting.id);
        assertEquals(Decision.DECLINED, declined.decision);
        assertEquals("Weekends are not in any tier", declined.reason);
        assertEquals(audited + 1, audited(AuditAction.SPECIAL_SITUATION_DECIDED), "the decision alone, in the audit log");

        String twice = hr.submit(path, Map.of("decision", "APPROVED", "reason", "Changed my mind")).then().statusCode(409)
                .extract().asString();
        assertTrue(PageText.mainText(twice).contains("This special situation was already declined."), twice);
        assertEquals(Decision.DECLINED, SpecialData.find(waiting.id).decision);

        String home = PageText.mainText(me.get("/me").asString());
        assertTrue(home.contains("Weekend support 10 declined Weekends are not in any tier"), home);
        assertTrue(home.contains("Old favour 2 approved Written into Gold next cycle"), home);
    }

    @Test
    void anEmployeeNeitherDecidesNorReadsHrsListNorAColleaguesPromise() {
        SpecialSituation theirs = SpecialData.promise(cycle, customer, colleague, "Colleague's favour", "3");
        me.submit("/special-situations/" + theirs.id + "/decision", Map.of("decision", "APPROVED", "reason", "Fine"))
                .then().statusCode(403);
        assertNull(SpecialData.find(theirs.id).decision);
        me.get("/hr/cycles/" + cycle.id + "/special-situations").then().statusCode(403);
        String forbidden = me.get("/special-situations/" + theirs.id).then().statusCode(403).extract().asString();
        assertFalse(forbidden.contains("Colleague's favour"));
        assertFalse(PageText.mainText(me.get("/me").asString()).contains("Colleague's favour"), "not on my work either");
        Browser.signedIn(colleague.email, TestData.EMPLOYEE_PASSWORD).get("/special-situations/" + theirs.id)
                .then().statusCode(200).body(containsString("Colleague&#39;s favour"));
    }

    @Test
    void aClosedCyclesSpecialSituationsAreFrozen() {
        ReviewCycle closed = TestData.cycle(CycleState.closed);
        SpecialSituation frozen = SpecialData.promise(closed, customer, promiser, "Last quarter's favour", "4");
        Browser hr = Browser.hr();
        String list = hr.get("/hr/cycles/" + closed.id + "/special-situations").then().statusCode(200).extract().asString();
        assertTrue(PageText.mainText(list).contains("is closed, so its special situations are frozen"), list);
        assertFalse(list.contains("/decision\""), "no decision form");
        assertFalse(list.contains("href=\"/special-situations/new\""), "nothing to record into it");

        String refused = hr.submit("/special-situations/" + frozen.id + "/decision",
                Map.of("decision", "APPROVED", "reason", "Late")).then().statusCode(409).extract().asString();
        assertTrue(PageText.mainText(refused).contains("Review cycle " + closed.name
                + " is closed, and its special situations are frozen."), refused);
        assertNull(SpecialData.find(frozen.id).decision);
        assertTrue(PageText.mainText(hr.get("/special-situations/" + frozen.id).asString())
                .contains("is closed, so this special situation is frozen"));
    }

    @Test
    void theCycleHubCountsThoseWaitingForADecision() {
        SpecialData.promise(cycle, customer, null, "Waiting one", "1");
        SpecialData.decided(SpecialData.promise(cycle, customer, null, "Decided one", "1"), Decision.APPROVED, "Fine");
        String hub = PageText.mainText(Browser.hr().get("/hr/cycles/" + cycle.id).asString());
        assertTrue(hub.contains("Special situations 1 waiting for a decision"), hub);
    }
}
