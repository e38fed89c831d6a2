package org.twoway.cycles;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
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
class CycleApiTest {

    static RequestSpecification hr() {
        return given().auth().preemptive().basic(Browser.HR_EMAIL, Browser.HR_PASSWORD).contentType("application/json");
    }

    @Test
    void createsADraftCycleAndReadsItBack() {
        String name = TestData.unique("2026 Q4");
        int id = hr().body(Map.of("name", name, "startsOn", "2026-10-01", "endsOn", "2026-12-31")).post("/api/v1/cycles")
                .then().statusCode(201).contentType("application/json")
                .header("Location", containsString("/api/v1/cycles/"))
                .body("name", equalTo(name)).body("state", equalTo("draft"))
                .body("startsOn", equalTo("2026-10-01")).body("endsOn", equalTo("2026-12-31"))
                .body("openedAt", nullValue())
                .extract().path("id");

        hr().get("/api/v1/cycles/" + id).then().statusCode(200).body("name", equalTo(name)).body("state", equalTo("draft"));
        hr().get("/api/v1/cycles").then().statusCode(200).body("name", hasItem(name));
    }

    @Test
    void aCycleThatEndsBeforeItStartsIs400ByTheEndDate() {
        String name = TestData.unique("Backwards");
        hr().body(Map.of("name", name, "startsOn", "2026-12-31", "endsOn", "2026-10-01")).post("/api/v1/cycles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("endsOn"))
                .body("errors[0].message", equalTo("The cycle cannot end before it starts: choose an end date on or after the start date."));
        assertTrue(ReviewCycle.findByName(name).isEmpty());
    }

    @Test
    void aDateThatIsNotADateIs400ByItsField() {
        hr().body(Map.of("name", TestData.unique("Bad date"), "startsOn", "2026-13-01", "endsOn", "2026-12-31"))
                .post("/api/v1/cycles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("startsOn"));
        hr().body(Map.of("name", TestData.unique("No dates"))).post("/api/v1/cycles")
                .then().statusCode(400).body("errors.field", hasItem("startsOn")).body("errors.field", hasItem("endsOn"));
    }

    @Test
    void duplicateNameIs409() {
        ReviewCycle existing = TestData.cycle(CycleState.draft);
        hr().body(Map.of("name", existing.name, "startsOn", "2026-10-01", "endsOn", "2026-12-31")).post("/api/v1/cycles")
                .then().statusCode(409).contentType("application/problem+json").body("errors[0].field", equalTo("name"));
    }

    @Test
    void openingAndClosingAnswerWithTheCycleAndAWrongStateIs409() {
        CyclesTest.closeEveryOpenCycle();
        ReviewCycle cycle = TestData.cycle(CycleState.draft);

        hr().post("/api/v1/cycles/" + cycle.id + "/close")
                .then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409))
                .body("detail", equalTo("The cycle “" + cycle.name + "” is a draft; only an open cycle can be closed."));
        hr().post("/api/v1/cycles/" + cycle.id + "/open")
                .then().statusCode(200).body("state", equalTo("open")).body("openedAt", notNullValue());
        hr().post("/api/v1/cycles/" + cycle.id + "/open")
                .then().statusCode(409).contentType("application/problem+json");
        hr().post("/api/v1/cycles/" + cycle.id + "/close")
                .then().statusCode(200).body("state", equalTo("closed")).body("closedAt", notNullValue());
        hr().post("/api/v1/cycles/" + cycle.id + "/open")
                .then().statusCode(409).contentType("application/problem+json");
        assertEquals(CycleState.closed, CyclesTest.fresh(cycle.id).state);
    }

    @Test
    void openingASecondCycleWhileOneIsOpenIs409() {
        CyclesTest.closeEveryOpenCycle();
        ReviewCycle open = TestData.cycle(CycleState.draft);
        ReviewCycle second = TestData.cycle(CycleState.draft);
        hr().post("/api/v1/cycles/" + open.id + "/open").then().statusCode(200);

        hr().post("/api/v1/cycles/" + second.id + "/open")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("The cycle “" + open.name + "” is open."));
        assertEquals(CycleState.draft, CyclesTest.fresh(second.id).state);
    }

    @Test
    void anUnknownCycleIs404() {
        hr().get("/api/v1/cycles/999999999").then().statusCode(404).contentType("application/problem+json");
        hr().post("/api/v1/cycles/999999999/open").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("There is no review cycle 999999999."));
        hr().post("/api/v1/cycles/999999999/close").then().statusCode(404).contentType("application/problem+json");
    }
}
