package org.twoway.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.TestData;

@QuarkusTest
class TeamApiTest {

    private static RequestSpecification hr() {
        return given().auth().preemptive().basic(Browser.HR_EMAIL, Browser.HR_PASSWORD).contentType("application/json");
    }

    @Test
    void createsATeamAndAnswers201WithItsId() {
        String name = TestData.unique("Api team");
        hr().body("{\"name\":\"" + name + "\"}").post("/api/v1/teams")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/teams/"))
                .body("id", notNullValue())
                .body("name", equalTo(name));
        hr().get("/api/v1/teams").then().statusCode(200).body("name", hasItem(name));
    }

    @Test
    void duplicateNameIsConflictAsProblemJson() {
        String name = TestData.team().name;
        hr().body("{\"name\":\"" + name + "\"}").post("/api/v1/teams")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("title", equalTo("Conflict"))
                .body("detail", containsString("already exists"))
                .body("type", notNullValue());
    }

    @Test
    void blankNameIsInvalidWithTheFieldNamed() {
        long before = Team.count();
        hr().body("{\"name\":\"  \"}").post("/api/v1/teams")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("Enter the team's name."));
        assertEquals(before, Team.count());
    }

    @Test
    void malformedJsonAndWrongTypesAreInvalidNotServerErrors() {
        hr().body("{\"name\":").post("/api/v1/teams").then().statusCode(400).contentType("application/problem+json");
        hr().body("{\"name\":[1,2]}").post("/api/v1/teams").then().statusCode(400).contentType("application/problem+json");
        hr().body("").post("/api/v1/teams").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void nonJsonBodyIsRefused() {
        given().auth().preemptive().basic(Browser.HR_EMAIL, Browser.HR_PASSWORD)
                .contentType("application/x-www-form-urlencoded").formParam("name", "Form team")
                .post("/api/v1/teams")
                .then().statusCode(415).contentType("application/problem+json");
        assertTrue(Team.findByName("Form team").isEmpty());
    }

    @Test
    void missingOrWrongCredentialsAre401WithBasicChallenge() {
        given().contentType("application/json").body("{\"name\":\"x\"}").post("/api/v1/teams")
                .then().statusCode(401).header("WWW-Authenticate", containsString("Basic"))
                .contentType("application/problem+json");
        given().auth().preemptive().basic(Browser.HR_EMAIL, "wrong-password").get("/api/v1/teams")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void employeeCredentialsAre403() {
        Employee employee = TestData.employeeWithLogin(TestData.team());
        given().auth().preemptive().basic(employee.email, TestData.EMPLOYEE_PASSWORD).get("/api/v1/teams")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    void unknownApiPathIs404ProblemAndUnknownPageIsFriendly() {
        hr().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        Browser.anonymous().get("/no-such-page").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("Page not found"));
    }
}
