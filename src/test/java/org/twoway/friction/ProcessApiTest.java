package org.twoway.friction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.TestData;

@QuarkusTest
class ProcessApiTest {

    static RequestSpecification hr() {
        return given().auth().preemptive().basic(Browser.HR_EMAIL, Browser.HR_PASSWORD).contentType("application/json");
    }

    @Test
    void createsAProcessAnd201sWithIt() {
        String name = TestData.unique("Order changes");
        hr().body(Map.of("name", name, "description", "Changing an order after it is placed"))
                .post("/api/v1/processes")
                .then().statusCode(201).body("name", equalTo(name))
                .body("description", equalTo("Changing an order after it is placed")).body("active", equalTo(true));
        hr().get("/api/v1/processes").then().statusCode(200).body("name", hasItem(name));
    }

    @Test
    void descriptionIsOptional() {
        hr().body(Map.of("name", TestData.unique("Returns"))).post("/api/v1/processes")
                .then().statusCode(201).body("description", equalTo(""));
    }

    @Test
    void blankNameIs400AndDuplicateIs409() {
        hr().body(Map.of("name", " ")).post("/api/v1/processes")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("name"));
        BusinessProcess existing = TestData.process();
        hr().body(Map.of("name", existing.name)).post("/api/v1/processes")
                .then().statusCode(409).contentType("application/problem+json").body("errors[0].field", equalTo("name"));
    }
}
