package org.twoway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.twoway.customers.Customer;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Employee;

/** The back office is HR's alone: an employee is refused every page and call, a stranger is asked to sign in. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackOfficeAccessTest {

    Employee employee;
    Browser employeeBrowser;
    Customer customer;
    ReviewCycle cycle;

    /**
     * Nothing here changes the data, so one set serves every case. Made before the first case rather than
     * in a before-all step, since the test port is only known once a test runs.
     */
    @BeforeEach
    void data() {
        if (employee != null) {
            return;
        }
        employee = TestData.employeeWithLogin(TestData.team());
        employeeBrowser = Browser.signedIn(employee.email, TestData.EMPLOYEE_PASSWORD);
        customer = TestData.customer(TestData.tier(10));
        cycle = TestData.cycle(CycleState.open);
    }

    String path(String template) {
        return template.replace("{employee}", employee.id.toString()).replace("{customer}", customer.id.toString())
                .replace("{cycle}", cycle.id.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/hr/employees", "/hr/employees/new", "/hr/employees/{employee}/edit",
            "/hr/tiers", "/hr/tiers/new", "/hr/customers", "/hr/customers/new", "/hr/customers/{customer}",
            "/hr/customers/{customer}/edit", "/hr/processes", "/hr/processes/new", "/hr/cycles", "/hr/cycles/new",
            "/hr/cycles/{cycle}", "/hr/cycles/{cycle}/edit", "/hr/cycles/{cycle}/close"})
    void pagesAreForbiddenToEmployeesAndSendStrangersToSignIn(String page) {
        employeeBrowser.get(path(page))
                .then().statusCode(403).body(containsString("Not allowed"));
        Browser.anonymous().get(path(page)).then().statusCode(303).header("Location", containsString("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/hr/employees", "/hr/employees/{employee}/deactivate", "/hr/tiers", "/hr/customers",
            "/hr/customers/{customer}/deactivate", "/hr/processes", "/hr/cycles", "/hr/cycles/{cycle}/close"})
    void formsAreForbiddenToEmployeesAndChangeNothing(String form) {
        employeeBrowser.submit(path(form), Map.of("name", "x", "confirm", "yes")).then().statusCode(403);
        Browser.anonymous().submit(path(form), Map.of("name", "x", "confirm", "yes"))
                .then().statusCode(303).header("Location", containsString("/login"));
        assertEquals(CycleState.open, QuarkusTransaction.requiringNew().call(() -> ReviewCycle.<ReviewCycle>findById(cycle.id).state));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Employee.<Employee>findById(employee.id).active));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /api/v1/employees", "POST /api/v1/employees", "GET /api/v1/tiers", "POST /api/v1/tiers",
            "GET /api/v1/customers", "POST /api/v1/customers", "GET /api/v1/processes", "POST /api/v1/processes",
            "GET /api/v1/cycles", "POST /api/v1/cycles", "GET /api/v1/cycles/{cycle}", "POST /api/v1/cycles/{cycle}/open",
            "POST /api/v1/cycles/{cycle}/close"})
    void apiCallsAre403ForEmployeesAnd401WithoutCredentials(String call) {
        String method = call.substring(0, call.indexOf(' '));
        String path = path(call.substring(call.indexOf(' ') + 1));
        given().auth().preemptive().basic(employee.email, TestData.EMPLOYEE_PASSWORD).contentType("application/json")
                .body("{}").request(method, path)
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().contentType("application/json").body("{}").request(method, path)
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
    }
}
