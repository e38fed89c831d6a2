package org.twoway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.PageText;
import org.twoway.TestData;
import org.twoway.audit.AuditAction;
import org.twoway.audit.AuditEntry;
import org.twoway.customers.Customer;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Employee;
import org.twoway.people.Team;
import org.twoway.system.Paging;

/** The audit log keeps who did what to what and when, for HR to read; it never keeps a password. */
@QuarkusTest
class AuditLogTest {

    static List<AuditEntry> entries(AuditAction action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.newestFirst(action, Paging.of(1, 500, 500)));
    }

    static AuditEntry latest(AuditAction action) {
        List<AuditEntry> found = entries(action);
        assertFalse(found.isEmpty(), "no " + action + " recorded");
        return found.get(0);
    }

    static long countAll() {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count());
    }

    static io.restassured.specification.RequestSpecification api() {
        return given().auth().preemptive().basic(Browser.HR_EMAIL, Browser.HR_PASSWORD).contentType("application/json");
    }

    @Test
    void signInsAndFailuresAreRecordedWithTheEmailTriedButNeverThePassword() {
        Employee employee = TestData.employeeWithLogin(TestData.team());
        Instant before = Instant.now().minusSeconds(1);
        Browser.anonymous().submit("/login", Map.of("email", employee.email, "password", "p4ssw0rd-in-clear"));
        Browser browser = Browser.signedIn(employee.email, TestData.EMPLOYEE_PASSWORD);

        AuditEntry failed = latest(AuditAction.SIGN_IN_FAILED);
        assertTrue(failed.target.startsWith(employee.email + " from "), failed.target);
        assertTrue(failed.at.isAfter(before));
        AuditEntry signedIn = latest(AuditAction.SIGN_IN);
        assertEquals(employee.email, signedIn.actor);

        browser.submit("/logout", Map.of()).then().statusCode(303);
        assertEquals(employee.email, latest(AuditAction.SIGN_OUT).actor);
        assertTrue(QuarkusTransaction.requiringNew().call(() ->
                AuditEntry.count("target like ?1 or actor like ?1", "%p4ssw0rd-in-clear%")) == 0);
    }

    @Test
    void openingAndClosingACycleAreRecordedAndARefusedStepIsNot() {
        QuarkusTransaction.requiringNew().run(() -> ReviewCycle.update("state = ?1, closedAt = ?2 where state = ?3",
                CycleState.closed, Instant.now(), CycleState.open));
        ReviewCycle cycle = TestData.cycle(CycleState.draft);
        Browser hr = Browser.hr();
        hr.submit("/hr/cycles/" + cycle.id + "/open", Map.of()).then().statusCode(303);
        AuditEntry opened = latest(AuditAction.CYCLE_OPENED);
        assertEquals(Browser.HR_EMAIL, opened.actor);
        assertEquals(cycle.name + " (" + cycle.id + ")", opened.target);

        long count = countAll();
        hr.submit("/hr/cycles/" + cycle.id + "/open", Map.of()).then().statusCode(409);
        assertEquals(count, countAll(), "a refused step leaves no trace, its record rolled back with it");

        api().post("/api/v1/cycles/" + cycle.id + "/close").then().statusCode(200);
        assertEquals(cycle.name + " (" + cycle.id + ")", latest(AuditAction.CYCLE_CLOSED).target);
    }

    @Test
    void issuingAndRevokingLinksAndImportingEffortAndExportingAreRecorded() {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        Employee employee = TestData.employee(TestData.team());
        Customer customer = TestData.customer(TestData.tier(10));
        api().body(Map.of("customer", customer.ref, "employee", employee.email))
                .post("/api/v1/cycles/" + cycle.id + "/links").then().statusCode(201);
        AuditEntry issued = latest(AuditAction.LINKS_ISSUED);
        assertTrue(issued.target.contains(customer.name + " (" + customer.ref + ") and " + employee.name), issued.target);
        assertFalse(issued.target.contains("/f/"), "a link's token never reaches the log");

        long linkId = QuarkusTransaction.requiringNew().call(() -> ((Number) ReviewCycle.getEntityManager()
                .createNativeQuery("SELECT id FROM feedback_link WHERE cycle_id = ?1").setParameter(1, cycle.id)
                .getSingleResult()).longValue());
        Browser.hr().submit("/hr/cycles/" + cycle.id + "/links/" + linkId + "/revoke", Map.of()).then().statusCode(303);
        assertTrue(latest(AuditAction.LINK_REVOKED).target.startsWith("link " + linkId + " in " + cycle.name));

        api().body(List.of(Map.of("employee", employee.email, "customer", customer.ref, "hours", 3)))
                .post("/api/v1/cycles/" + cycle.id + "/effort").then().statusCode(200);
        AuditEntry imported = latest(AuditAction.EFFORT_IMPORTED);
        assertEquals("1 entries into cycle " + cycle.id + " (api)", imported.target);
        assertEquals(Browser.HR_EMAIL, imported.actor);

        api().get("/api/v1/cycles/" + cycle.id + "/report.csv").then().statusCode(200);
        assertTrue(latest(AuditAction.EXPORTED).target.contains("report of cycle " + cycle.name), latest(AuditAction.EXPORTED).target);

        Browser.hr().get("/hr/cycles/" + cycle.id + "/report?csv=employees").then().statusCode(200);
        AuditEntry table = latest(AuditAction.EXPORTED);
        assertEquals("CSV of the table “employees” of twoway-cycle-" + cycle.id, table.target);
        assertEquals(Browser.HR_EMAIL, table.actor);
    }

    @Test
    void accountChangesAreRecorded() {
        Team team = TestData.team();
        String email = TestData.unique("audited").toLowerCase() + "@test.example";
        Browser hr = Browser.hr();
        hr.submit("/hr/employees", Map.of("email", email, "name", "Audited Person", "team", team.name,
                "password", "first-password-1")).then().statusCode(303);
        assertEquals("Audited Person <" + email + ">", latest(AuditAction.EMPLOYEE_CREATED).target);
        assertEquals("Audited Person <" + email + ">", latest(AuditAction.LOGIN_CREATED).target);

        Employee employee = QuarkusTransaction.requiringNew().call(() -> Employee.findByEmail(email).orElseThrow());
        Browser.signedIn(email, "first-password-1").submit("/account/password", Map.of("current", "first-password-1",
                "password", "second-password-2", "confirm", "second-password-2")).then().statusCode(303);
        AuditEntry changed = latest(AuditAction.PASSWORD_CHANGED);
        assertEquals(email, changed.actor);
        assertFalse(changed.target.contains("second-password"));

        hr.submit("/hr/employees/" + employee.id, Map.of("email", email, "name", "Renamed Person", "team", team.name))
                .then().statusCode(303);
        assertEquals("Audited Person <" + email + "> in " + team.name + " → Renamed Person <" + email + "> in " + team.name,
                latest(AuditAction.EMPLOYEE_UPDATED).target);
        hr.submit("/hr/employees/" + employee.id + "/deactivate", Map.of()).then().statusCode(303);
        AuditEntry deactivated = latest(AuditAction.EMPLOYEE_DEACTIVATED);
        assertEquals(Browser.HR_EMAIL, deactivated.actor);
        assertEquals("Renamed Person <" + email + ">", deactivated.target);
    }

    @Test
    void hrReadsTheLogNewestFirstFilteredByActionAndEmployeesCannot() {
        Employee employee = TestData.employeeWithLogin(TestData.team());
        Browser.anonymous().submit("/login", Map.of("email", employee.email, "password", "wrong-one"));
        Browser.anonymous().submit("/login", Map.of("email", "second-" + employee.email, "password", "wrong-two"));

        String page = Browser.hr().get("/hr/audit?action=SIGN_IN_FAILED").then().statusCode(200).extract().asString();
        String text = PageText.mainText(page);
        assertTrue(text.indexOf("second-" + employee.email) < text.lastIndexOf(" " + employee.email + " from"), text);
        assertFalse(page.contains("<td>Signed in</td>"), "only the chosen action");
        assertTrue(page.contains("<td>Sign-in failed</td>"));
        assertTrue(page.contains("<option value=\"SIGN_IN_FAILED\" selected>Sign-in failed</option>"));
        assertTrue(Browser.hr().get("/hr/cycles").asString().contains("<a href=\"/hr/audit\">Audit log</a>"));

        Browser.hr().get("/hr/audit?action=NONSENSE").then().statusCode(400).body(containsString("There is no action"));
        Browser.signedIn(employee.email, TestData.EMPLOYEE_PASSWORD).get("/hr/audit").then().statusCode(403);
        Browser.anonymous().get("/hr/audit").then().statusCode(303).header("Location", containsString("/login"));
    }
}
