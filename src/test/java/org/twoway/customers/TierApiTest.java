package org.twoway.customers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
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
import org.twoway.people.Employee;

@QuarkusTest
class TierApiTest {

    static RequestSpecification hr() {
        return given().auth().preemptive().basic(Browser.HR_EMAIL, Browser.HR_PASSWORD).contentType("application/json");
    }

    @Test
    void createsATierAnd201sWithIt() {
        String name = TestData.unique("Gold");
        hr().body(Map.of("name", name, "entitledHours", 40, "description", "Phone support")).post("/api/v1/tiers")
                .then().statusCode(201).contentType("application/json")
                .header("Location", containsString("/api/v1/tiers?name="))
                .body("name", equalTo(name)).body("entitledHours", equalTo(40.0f))
                .body("description", equalTo("Phone support")).body("active", equalTo(true));

        hr().get("/api/v1/tiers").then().statusCode(200).body("name", hasItem(name));
        hr().queryParam("name", name).get("/api/v1/tiers").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].entitledHours", equalTo(40.0f));
    }

    @Test
    void hoursThatAreNotMoreThanZeroAre400ByTheField() {
        String name = TestData.unique("Zero");
        hr().body(Map.of("name", name, "entitledHours", 0)).post("/api/v1/tiers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("title", equalTo("Invalid input"))
                .body("errors[0].field", equalTo("entitledHours"))
                .body("errors[0].message", equalTo("Entitled hours must be more than 0."));
        assertTrue(ServiceTier.findByName(name).isEmpty());
    }

    @Test
    void hoursOfTheWrongJsonTypeAre400ProblemNot500() {
        String name = TestData.unique("Lots");
        hr().body("{\"name\":\"" + name + "\",\"entitledHours\":\"lots\"}").post("/api/v1/tiers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("about:blank")).body("status", equalTo(400))
                .body("errors[0].field", equalTo("entitledHours"))
                .body("errors[0].message", equalTo("Send a number, such as 12.5."));
        assertTrue(ServiceTier.findByName(name).isEmpty());
    }

    @Test
    void bodiesThatAreNotTheExpectedJsonAre400Problems() {
        for (String body : new String[] {"{\"name\":", "[1, 2]", "not json", ""}) {
            hr().body(body).post("/api/v1/tiers").then().statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400)).body("detail", containsString(body.isEmpty() ? "JSON object" : "JSON"));
        }
    }

    @Test
    void missingNameIs400ByTheField() {
        hr().body(Map.of("entitledHours", 5)).post("/api/v1/tiers")
                .then().statusCode(400).body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("Enter the tier's name."));
    }

    @Test
    void duplicateNameIs409() {
        ServiceTier existing = TestData.tier(10);
        hr().body(Map.of("name", existing.name, "entitledHours", 20)).post("/api/v1/tiers")
                .then().statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409)).body("errors[0].field", equalTo("name"));
    }

    @Test
    void aBodyThatIsNotJsonIs415Problem() {
        given().auth().preemptive().basic(Browser.HR_EMAIL, Browser.HR_PASSWORD).contentType("text/plain")
                .body("name=Gold").post("/api/v1/tiers")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
    }

    @Test
    void withoutCredentials401AndForAnEmployee403() {
        given().contentType("application/json").body(Map.of("name", "x", "entitledHours", 1)).post("/api/v1/tiers")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", containsString("Basic"));
        Employee employee = TestData.employeeWithLogin(TestData.team());
        String name = TestData.unique("Forbidden");
        given().auth().preemptive().basic(employee.email, TestData.EMPLOYEE_PASSWORD).contentType("application/json")
                .body(Map.of("name", name, "entitledHours", 1)).post("/api/v1/tiers")
                .then().statusCode(403).contentType("application/problem+json");
        assertTrue(ServiceTier.findByName(name).isEmpty());
    }
}
