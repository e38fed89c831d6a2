package org.twoway.customers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.TestData;

@QuarkusTest
class CustomerApiTest {

    static RequestSpecification hr() {
        return given().auth().preemptive().basic(Browser.HR_EMAIL, Browser.HR_PASSWORD).contentType("application/json");
    }

    @Test
    void createsACustomerOnATierByNameAndFindsItByRef() {
        ServiceTier tier = TestData.tier(20);
        String ref = TestData.unique("CRM 1");
        String location = hr().body(Map.of("ref", ref, "name", "Acme", "tier", tier.name, "email", "Desk@Acme.Example"))
                .post("/api/v1/customers")
                .then().statusCode(201).contentType("application/json")
                .body("ref", equalTo(ref)).body("name", equalTo("Acme")).body("tier", equalTo(tier.name))
                .body("email", equalTo("desk@acme.example")).body("active", equalTo(true))
                .extract().header("Location");

        hr().urlEncodingEnabled(false).get(location).then().statusCode(200).body("$", hasSize(1)).body("[0].ref", equalTo(ref));
        hr().queryParam("ref", "no-such-" + ref).get("/api/v1/customers").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void emailIsOptional() {
        ServiceTier tier = TestData.tier(20);
        String ref = TestData.unique("NOMAIL");
        hr().body(Map.of("ref", ref, "name", "Quiet", "tier", tier.name)).post("/api/v1/customers")
                .then().statusCode(201).body("email", nullValue());
    }

    @Test
    void unknownTierIs400ByTheTierField() {
        String ref = TestData.unique("NOTIER");
        hr().body(Map.of("ref", ref, "name", "Acme", "tier", "No such tier")).post("/api/v1/customers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("tier"))
                .body("errors[0].message", equalTo("There is no service tier named “No such tier”."));
        assertTrue(Customer.findByRef(ref).isEmpty());
    }

    @Test
    void invalidEmailIs400ByTheEmailField() {
        ServiceTier tier = TestData.tier(20);
        hr().body(Map.of("ref", TestData.unique("BADMAIL"), "name", "Acme", "tier", tier.name, "email", "acme"))
                .post("/api/v1/customers")
                .then().statusCode(400).body("errors[0].field", equalTo("email"));
    }

    @Test
    void duplicateRefIs409AndChangesNothing() {
        Customer existing = TestData.customer(TestData.tier(10));
        ServiceTier other = TestData.tier(30);
        hr().body(Map.of("ref", existing.ref, "name", "Impostor", "tier", other.name)).post("/api/v1/customers")
                .then().statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409)).body("errors[0].field", equalTo("ref"));
        assertEquals(existing.name, Customer.findByRef(existing.ref).orElseThrow().name);
    }
}
