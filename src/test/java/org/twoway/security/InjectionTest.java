package org.twoway.security;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.TestData;

/**
 * SQL metacharacters at every input, query parameter and the token path: every answer is an ordinary one
 * (never a 500), nothing matches that should not, and what is stored comes back exactly as typed.
 */
@QuarkusTest
class InjectionTest {

    static final List<String> PAYLOADS = List.of("' OR 1=1 --", "' OR '1'='1", "\"; DROP TABLE team; --",
            "'); DELETE FROM user_account; --", "' UNION SELECT password_hash FROM user_account --", "\\", "\\'", "%", "_",
            "%' OR name LIKE '%", "Zoë 😀 漢字 \u202e", "a\u0000b");

    static void ordinary(Response response, String what) {
        assertTrue(response.statusCode() < 500, what + " answered " + response.statusCode());
    }

    @Test
    void metacharactersInQueriesFindNothingAndBreakNothing() {
        World w = new World();
        Browser hr = Browser.hr();
        List<String> before = World.fingerprint();
        for (String payload : PAYLOADS) {
            Response login = Browser.anonymous().submit("/login", Map.of("email", payload, "password", payload));
            assertEquals(401, login.statusCode(), "login with " + payload);
            World.hrApi().queryParam("name", payload).get("/api/v1/tiers").then().statusCode(200).body("size()", equalTo(0));
            World.hrApi().queryParam("name", payload).get("/api/v1/processes").then().statusCode(200).body("size()", equalTo(0));
            World.hrApi().queryParam("email", payload).get("/api/v1/employees").then().statusCode(200).body("size()", equalTo(0));
            World.hrApi().queryParam("ref", payload).get("/api/v1/customers").then().statusCode(200).body("size()", equalTo(0));
            Response search = hr.request().queryParam("q", payload).get("/hr/customers");
            assertEquals(200, search.statusCode());
            assertTrue(search.asString().contains("No customer"), "the search for " + payload + " matched something");
            ordinary(hr.request().queryParam("page", payload).get("/hr/cycles/" + w.cycle.id + "/links"), "page " + payload);
            ordinary(hr.request().queryParam("action", payload).get("/hr/audit"), "action " + payload);
            ordinary(hr.request().queryParam("page", payload).get("/hr/audit"), "audit page " + payload);
            ordinary(hr.request().urlEncodingEnabled(true).get("/hr/cycles/{id}", payload), "cycle " + payload);
            ordinary(World.hrApi().get("/api/v1/cycles/{id}/report", payload), "report " + payload);
            Response form = Browser.anonymous().request().urlEncodingEnabled(true).get("/f/{token}", payload);
            assertTrue(form.statusCode() == 404 || form.statusCode() == 400, "/f/" + payload + " answered " + form.statusCode());
            Browser customer = Browser.anonymous();
            customer.get("/f/" + w.token);
            Response answer = customer.request().urlEncodingEnabled(true).contentType("application/x-www-form-urlencoded")
                    .formParams(Map.of("csrf", customer.cookie("twoway_csrf"), "responsiveness", "5", "solved", "5",
                            "promises", "5", "company", "5", "firstContact", "CHANNEL"))
                    .post("/f/{token}", payload);
            assertTrue(answer.statusCode() == 404 || answer.statusCode() == 400, "answer to /f/" + payload + ": " + answer.statusCode());
        }
        assertEquals(before, World.fingerprint(), "nothing changed");
    }

    @Test
    void metacharactersInNamesAreStoredAndReadBackExactly() {
        Browser hr = Browser.hr();
        for (String payload : PAYLOADS) {
            String team = TestData.unique("T") + payload;
            Response created = hr.submit("/hr/teams", Map.of("name", team));
            if (payload.contains("\u0000")) {
                ordinary(created, "team named with a NUL");
                continue;
            }
            assertEquals(303, created.statusCode(), team);
            String process = TestData.unique("P") + payload;
            World.hrApi().body(Map.of("name", process, "description", payload)).post("/api/v1/processes")
                    .then().statusCode(201);
            World.hrApi().queryParam("name", process).get("/api/v1/processes").then().statusCode(200)
                    .body("size()", equalTo(1)).body("[0].name", equalTo(process)).body("[0].description", equalTo(payload));
            List<String> teams = World.hrApi().get("/api/v1/teams").then().statusCode(200).extract().path("name");
            assertTrue(teams.contains(team), team);
        }
        World.hrApi().get("/api/v1/teams").then().statusCode(200);
        assertTrue(World.fingerprint().get(0).startsWith("team "));
    }
}
