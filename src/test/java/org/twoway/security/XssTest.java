package org.twoway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.TestData;
import org.twoway.cycles.ReviewCycle;
import org.twoway.friction.OpenCycles;

/**
 * Script and attribute payloads typed into every text input come back as text on every page that shows
 * them: escaped, never markup. Each page checked does show the payload, so the check cannot pass by absence.
 */
@QuarkusTest
class XssTest {

    /** Closes an attribute with either quote, then opens a script and an element with a handler. */
    static final String PAYLOAD = "\"'><script>alert(1)</script><img src=x onerror=alert(2)>";
    static final String SHOWN = "&quot;&#39;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;";

    static String named(String prefix) {
        return TestData.unique(prefix) + PAYLOAD;
    }

    static void assertEscaped(Response response, String page) {
        assertTrue(response.statusCode() < 500, page + " answered " + response.statusCode());
        String html = response.asString();
        assertFalse(html.contains("<script>alert"), page + " holds a live script");
        assertFalse(html.contains("<img src=x"), page + " holds a live element");
        assertFalse(html.contains("\"'>"), page + " lets a value close its attribute");
        assertTrue(html.contains(SHOWN), page + " does not show the payload as text");
    }

    @Test
    void everyBackOfficeNameAndDescriptionIsShownAsText() {
        String team = named("Team");
        String tier = named("Tier");
        String process = named("Process");
        String customerName = named("Customer");
        String employeeName = named("Employee");
        String email = "o'neil." + TestData.unique("x").toLowerCase() + "@test.example";
        var api = World.hrApi();
        api.body(Map.of("name", team)).post("/api/v1/teams").then().statusCode(201);
        api.body(Map.of("name", tier, "entitledHours", 8, "description", PAYLOAD)).post("/api/v1/tiers").then().statusCode(201);
        api.body(Map.of("name", process, "description", PAYLOAD)).post("/api/v1/processes").then().statusCode(201);
        String ref = TestData.unique("REF") + "'\"<b>";
        api.body(Map.of("ref", ref, "name", customerName, "tier", tier, "email", "c'" + TestData.unique("c").toLowerCase() + "@customer.example"))
                .post("/api/v1/customers").then().statusCode(201);
        api.body(Map.of("email", email, "name", employeeName, "team", team, "password", "employee-password"))
                .post("/api/v1/employees").then().statusCode(201);
        ReviewCycle cycle = OpenCycles.newest();
        String cycleName = named("Cycle");
        QuarkusTransaction.requiringNew().run(() -> ReviewCycle.update("name = ?1 where id = ?2", cycleName, cycle.id));
        long customerId = QuarkusTransaction.requiringNew().call(() -> org.twoway.customers.Customer.findByRef(ref).orElseThrow().id);
        long employeeId = QuarkusTransaction.requiringNew().call(() -> org.twoway.people.Employee.findByEmail(email).orElseThrow().id);
        long processId = QuarkusTransaction.requiringNew().call(() -> org.twoway.friction.BusinessProcess.findByName(process).orElseThrow().id);
        World.hrApi().body(List.of(Map.of("employee", email, "customer", ref, "hours", 4)))
                .post("/api/v1/cycles/" + cycle.id + "/effort").then().statusCode(200);

        Browser hr = Browser.hr();
        for (String page : List.of("/hr/teams", "/hr/employees", "/hr/employees/" + employeeId + "/edit", "/hr/tiers",
                // The list pages: searched for this customer, which may not be on the first page of a shared database.
                "/hr/customers?q=" + customerName.substring(0, customerName.length() - PAYLOAD.length()), "/hr/customers/" + customerId, "/hr/customers/" + customerId + "/edit", "/hr/processes",
                "/hr/cycles", "/hr/cycles/" + cycle.id, "/hr/cycles/" + cycle.id + "/links",
                "/hr/cycles/" + cycle.id + "/effort", "/hr/audit")) {
            assertEscaped(hr.get(page), page);
        }
        assertTrue(hr.get("/hr/employees").asString().contains("o&#39;neil."), "the email's quote is escaped too");

        Browser employee = Browser.signedIn(email, "employee-password");
        for (String page : List.of("/me", "/tiers", "/me/cycles/" + cycle.id + "/pain-reports/" + processId)) {
            assertEscaped(employee.get(page), page);
        }
        assertTrue(employee.get("/account").asString().contains("o&#39;neil."));
    }

    @Test
    void aPainReportsFixAndACustomersCommentAreShownAsText() {
        World w = new World();
        String path = "/me/cycles/" + w.cycle.id + "/pain-reports/" + w.process.id;
        Browser me = w.meBrowser();
        Map<String, String> report = new HashMap<>(FormInputs.valid("/me/cycles/{cycle}/pain-reports/{process}", w));
        report.put("fix", PAYLOAD);
        me.submit(path, report).then().statusCode(303);
        assertEscaped(me.get(path), path);

        Browser customer = Browser.anonymous();
        String form = "/f/" + w.token;
        customer.get(form);
        Map<String, String> answers = new HashMap<>(FormInputs.valid("/f/{token}", w));
        answers.remove("solved");
        answers.put("comment", PAYLOAD);
        Response refused = customer.submit(form, answers);
        assertEquals(400, refused.statusCode());
        assertEscaped(refused, form + " shown again with its errors");
    }

    @Test
    void whatAVisitorTypesIntoTheAddressOrTheLoginFormComesBackAsText() {
        Response login = Browser.anonymous().submit("/login", Map.of("email", PAYLOAD, "password", "wrong-password"));
        assertEquals(401, login.statusCode());
        assertEscaped(login, "/login");

        Browser hr = Browser.hr();
        assertEscaped(hr.request().queryParam("q", PAYLOAD).get("/hr/customers"), "/hr/customers?q=");
        Response unknownAction = hr.request().queryParam("action", PAYLOAD).get("/hr/audit");
        assertEquals(400, unknownAction.statusCode());
        assertEscaped(unknownAction, "/hr/audit?action=");

        Response created = hr.submit("/hr/teams", Map.of("name", named("Flash")));
        assertEquals(303, created.statusCode());
        assertEscaped(hr.get(created.header("Location")), "the flash message after creating a team");
    }
}
