package org.twoway.effort;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.TestData;
import org.twoway.customers.Customer;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.friction.OpenCycles;
import org.twoway.people.Employee;

@QuarkusTest
class EffortEntryPagesTest {

    private final Employee employee = TestData.employeeWithLogin(TestData.team());
    private final Customer acme = TestData.customer(TestData.tier(20));
    private final ReviewCycle cycle = OpenCycles.newest();

    @Test
    void employeeRecordsChangesAndDeletesTheirHours() {
        Browser browser = signedIn();
        browser.get("/me/effort/new").then().statusCode(200)
                .body(containsString("<h1>Record hours</h1>"))
                .body(containsString("name=\"cycle\" value=\"" + cycle.id + "\""))
                .body(containsString("<option value=\"" + acme.ref + "\">" + acme.name));
        browser.submit("/me/effort", Map.of("cycle", cycle.id, "customer", acme.ref, "hours", "7,5"))
                .then().statusCode(303).header("Location", containsString("/me"));
        EffortEntry entry = only();
        assertEquals(0, new BigDecimal("7.5").compareTo(entry.hours));
        assertEquals(EffortEntry.FORM, entry.source);
        browser.get("/me").then().statusCode(200)
                .body(containsString("Recorded 7.5 h on " + acme.name))
                .body(containsString(acme.name + " <span class=\"muted\">(" + acme.ref + ")</span>"))
                .body(containsString("href=\"/me/effort/" + entry.id + "/edit\""));

        browser.get("/me/effort/" + entry.id + "/edit").then().statusCode(200)
                .body(containsString("<h1>Change hours</h1>")).body(containsString("value=\"7.50\""));
        browser.submit("/me/effort/" + entry.id, Map.of("customer", acme.ref, "hours", "9")).then().statusCode(303);
        assertEquals(0, new BigDecimal("9").compareTo(only().hours));

        browser.submit("/me/effort/" + entry.id + "/delete", Map.of()).then().statusCode(303);
        assertEquals(0, EffortData.inCycle(cycle).size());
    }

    @Test
    void hoursOutsideTheRuleAndAMissingCustomerAreShownByTheFieldWithTheInputKept() {
        Browser browser = signedIn();
        for (String hours : List.of("0", "745", "-1", "1.234", "many", "")) {
            browser.submit("/me/effort", Map.of("cycle", cycle.id, "customer", acme.ref, "hours", hours))
                    .then().statusCode(400)
                    .body(containsString("Enter the hours as a number more than 0 and at most 744, with at most two decimals."))
                    .body(containsString("value=\"" + hours + "\""))
                    .body(containsString("<option value=\"" + acme.ref + "\" selected>"));
        }
        browser.submit("/me/effort", Map.of("cycle", cycle.id, "customer", "", "hours", "2"))
                .then().statusCode(400).body(containsString("Choose the customer."));
        Customer inactive = TestData.customer(TestData.tier(5));
        QuarkusTransaction.requiringNew().run(() -> Customer.<Customer>findById(inactive.id).active = false);
        browser.get("/me/effort/new").then().body(not(containsString(inactive.ref)));
        browser.submit("/me/effort", Map.of("cycle", cycle.id, "customer", inactive.ref, "hours", "2"))
                .then().statusCode(400).body(containsString("Choose one of the customers in the list."));
        assertEquals(0, EffortData.inCycle(cycle).size());
    }

    @Test
    void someoneElsesEntryIsNotFoundAndStaysUnchanged() {
        Employee colleague = TestData.employee(employee.team);
        EffortEntry theirs = EffortData.entry(cycle, colleague, acme, "4", EffortEntry.FORM);
        Browser browser = signedIn();
        browser.get("/me/effort/" + theirs.id + "/edit").then().statusCode(404);
        browser.submit("/me/effort/" + theirs.id, Map.of("customer", acme.ref, "hours", "1")).then().statusCode(404);
        browser.submit("/me/effort/" + theirs.id + "/delete", Map.of()).then().statusCode(404);
        assertEquals(0, new BigDecimal("4").compareTo(only().hours));
    }

    @Test
    void importedEntriesAndClosedCyclesCannotBeChanged() {
        EffortEntry imported = EffortData.entry(cycle, employee, acme, "3", EffortEntry.IMPORT);
        Browser browser = signedIn();
        browser.get("/me").then().body(containsString("imported by HR"))
                .body(not(containsString("/me/effort/" + imported.id + "/edit")));
        browser.submit("/me/effort/" + imported.id + "/delete", Map.of()).then().statusCode(409)
                .body(containsString("ask HR to correct it"));

        ReviewCycle closed = TestData.cycle(CycleState.closed);
        EffortEntry frozen = EffortData.entry(closed, employee, acme, "5", EffortEntry.FORM);
        browser.submit("/me/effort/" + frozen.id, Map.of("customer", acme.ref, "hours", "1")).then().statusCode(409)
                .body(containsString("is closed: its effort is frozen"));
        browser.submit("/me/effort/" + frozen.id + "/delete", Map.of()).then().statusCode(409);
        browser.submit("/me/effort", Map.of("cycle", closed.id, "customer", acme.ref, "hours", "1")).then().statusCode(409);
        assertEquals(1, EffortData.inCycle(cycle).size());
        assertEquals(0, new BigDecimal("5").compareTo(EffortData.total(closed)));
        assertEquals(1, EffortData.inCycle(closed).size());
    }

    @Test
    void hrHasNoHoursOfTheirOwnToRecord() {
        Browser.hr().get("/me/effort/new").then().statusCode(403);
        Browser.hr().submit("/me/effort", Map.of("cycle", cycle.id, "customer", acme.ref, "hours", "1")).then().statusCode(403);
    }

    private Browser signedIn() {
        return Browser.signedIn(employee.email, TestData.EMPLOYEE_PASSWORD);
    }

    private EffortEntry only() {
        List<EffortEntry> entries = EffortData.inCycle(cycle);
        assertEquals(1, entries.size());
        return entries.get(0);
    }
}
