package org.twoway.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.TestData;

@QuarkusTest
class EmployeeApiTest {

    static RequestSpecification hr() {
        return given().auth().preemptive().basic(Browser.HR_EMAIL, Browser.HR_PASSWORD).contentType("application/json");
    }

    @Test
    void withAPasswordTheEmployeeGetsAnEmployeeLogin() {
        Team team = TestData.team();
        String email = TestData.unique("api").toLowerCase() + "@test.example";
        hr().body(Map.of("email", email.toUpperCase(), "name", "Api Person", "team", team.name, "password", "api-password-1"))
                .post("/api/v1/employees")
                .then().statusCode(201).contentType("application/json")
                .body("email", equalTo(email)).body("name", equalTo("Api Person")).body("team", equalTo(team.name))
                .body("active", equalTo(true)).body("login", equalTo(true));

        given().auth().preemptive().basic(email, "api-password-1").get("/api/v1/employees").then().statusCode(403);
        hr().queryParam("email", email).get("/api/v1/employees")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].login", equalTo(true));
    }

    @Test
    void withoutAPasswordThereIsNoLogin() {
        Team team = TestData.team();
        String email = TestData.unique("nologin").toLowerCase() + "@test.example";
        hr().body(Map.of("email", email, "name", "Quiet", "team", team.name)).post("/api/v1/employees")
                .then().statusCode(201).body("login", equalTo(false));
        hr().get("/api/v1/employees").then().statusCode(200).body("email", hasItem(email));
        assertTrue(UserAccount.findByEmail(email).isEmpty());
    }

    @Test
    void unknownTeamIs400ByTheTeamField() {
        String email = TestData.unique("noteam").toLowerCase() + "@test.example";
        hr().body(Map.of("email", email, "name", "Lost", "team", "No such team")).post("/api/v1/employees")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("team"))
                .body("errors[0].message", equalTo("There is no team named “No such team”."));
        assertTrue(Employee.findByEmail(email).isEmpty());
    }

    @Test
    void invalidInputIs400ByEachField() {
        hr().body(Map.of("email", "nope", "name", "", "team", "x", "password", "short")).post("/api/v1/employees")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("email")).body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("password"));
    }

    @Test
    void duplicateEmailIs409AndCreatesNoLogin() {
        Team team = TestData.team();
        Employee existing = TestData.employee(team);
        hr().body(Map.of("email", existing.email, "name", "Twin", "team", team.name, "password", "twin-password-1"))
                .post("/api/v1/employees")
                .then().statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409)).body("errors[0].field", equalTo("email"));
        assertTrue(UserAccount.findByEmail(existing.email).isEmpty());
        hr().body(Map.of("email", existing.email, "name", "Twin", "team", team.name)).post("/api/v1/employees")
                .then().statusCode(409)
                .body("detail", equalTo("An employee with the email " + existing.email + " already exists ("
                        + existing.name + ")."));
    }

    @Test
    void aPasswordForAnExistingEmailIs409SayingHrCannotSetAnExistingEmployeesPassword() {
        Team team = TestData.team();
        Employee existing = TestData.employeeWithLogin(team);
        hr().body(Map.of("email", existing.email, "name", existing.name, "team", team.name, "password", "hr-chosen-password"))
                .post("/api/v1/employees")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("An employee with the email " + existing.email + " already exists ("
                        + existing.name + "). HR cannot set an existing employee's password; once they have a login,"
                        + " only they can change it, on their own account page."));

        given().auth().preemptive().basic(existing.email, "hr-chosen-password").get("/api/v1/employees")
                .then().statusCode(401);
        given().auth().preemptive().basic(existing.email, TestData.EMPLOYEE_PASSWORD).get("/api/v1/employees")
                .then().statusCode(403);
    }
}
