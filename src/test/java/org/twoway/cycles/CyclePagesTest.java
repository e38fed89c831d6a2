package org.twoway.cycles;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twoway.Browser;
import org.twoway.PageText;
import org.twoway.TestData;

@QuarkusTest
class CyclePagesTest {

    @Test
    void aPlannedCycleIsADraftWithAHubLinkingItsWork() {
        Browser hr = Browser.hr();
        String name = TestData.unique("2027 Q1");
        Response saved = hr.submit("/hr/cycles", Map.of("name", name, "startsOn", "2027-01-01", "endsOn", "2027-03-31"));
        saved.then().statusCode(303);
        ReviewCycle cycle = ReviewCycle.findByName(name).orElseThrow();
        assertEquals(CycleState.draft, cycle.state);
        assertTrue(saved.header("Location").endsWith("/hr/cycles/" + cycle.id));

        String hub = hr.get("/hr/cycles/" + cycle.id).then().statusCode(200).extract().asString();
        String text = PageText.mainText(hub);
        assertTrue(text.contains("is saved as a draft"), text);
        assertTrue(text.contains("Starts on 2027-01-01 Ends on 2027-03-31"), text);
        assertTrue(hub.contains("<span class=\"badge warning\">draft</span>"), hub);
        assertTrue(hub.contains("href=\"/hr/cycles/" + cycle.id + "/links\">Feedback links</a>"));
        assertTrue(hub.contains("href=\"/hr/cycles/" + cycle.id + "/effort\">Effort by customer</a>"));
        assertTrue(hub.contains("href=\"/hr/cycles/" + cycle.id + "/friction\">Process friction</a>"));
        assertFalse(hub.contains("/effort/import"), "a draft cycle takes no import yet");
        assertTrue(hub.contains("href=\"/hr/cycles/" + cycle.id + "/report\">Report</a>"));

        String list = hr.get("/hr/cycles").then().statusCode(200).extract().asString();
        assertTrue(list.contains("<a href=\"/hr/cycles/" + cycle.id + "\">" + name + "</a>"));
    }

    @Test
    void theListShowsNewestFirst() {
        ReviewCycle older = TestData.cycle(CycleState.closed);
        String newer = TestData.unique("Future");
        Browser hr = Browser.hr();
        hr.submit("/hr/cycles", Map.of("name", newer, "startsOn", "2099-01-01", "endsOn", "2099-03-31")).then().statusCode(303);
        String list = hr.get("/hr/cycles").asString();
        assertTrue(list.indexOf(newer) < list.indexOf(older.name), "newest first");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "name|''|Enter the cycle's name, such as 2026 Q4.",
            "name|101 characters|Keep the name to 100 characters.",
            "startsOn|''|Enter the date the cycle starts.",
            "startsOn|2026-13-40|Enter the date as year-month-day, such as 2026-10-01.",
            "startsOn|1999-12-31|Enter a date between 2000 and 2100.",
            "endsOn|next week|Enter the date as year-month-day, such as 2026-10-01.",
            "endsOn|2026-09-30|The cycle cannot end before it starts: choose an end date on or after the start date.",
    })
    void eachInvalidInputIsShownByItsFieldKeptAndNothingIsStored(String field, String value, String message) {
        Map<String, String> form = new HashMap<>(Map.of("name", TestData.unique("Cycle"), "startsOn", "2026-10-01",
                "endsOn", "2026-12-31"));
        form.put(field, value.equals("101 characters") ? "n".repeat(101) : value);

        String page = Browser.hr().submit("/hr/cycles", form).then().statusCode(400).extract().asString();

        assertEquals(message, PageText.errorBy(page, field));
        assertEquals(form.get(field), PageText.valueOf(page, field));
        assertTrue(ReviewCycle.findByName(form.get("name")).isEmpty(), "nothing stored");
    }

    @Test
    void duplicateNameIsRefusedByTheNameField() {
        ReviewCycle existing = TestData.cycle(CycleState.closed);
        String page = Browser.hr().submit("/hr/cycles", Map.of("name", existing.name, "startsOn", "2026-10-01",
                "endsOn", "2026-12-31")).then().statusCode(409).extract().asString();
        assertEquals("A review cycle named “" + existing.name + "” already exists.", PageText.errorBy(page, "name"));
        assertEquals("2026-10-01", PageText.valueOf(page, "startsOn"));
    }

    @Test
    void aDraftCanBeEditedButAnOpenCycleCannot() {
        ReviewCycle draft = TestData.cycle(CycleState.draft);
        Browser hr = Browser.hr();
        assertEquals(draft.startsOn.toString(), PageText.valueOf(hr.get("/hr/cycles/" + draft.id + "/edit").asString(), "startsOn"));
        String renamed = TestData.unique("Renamed");
        hr.submit("/hr/cycles/" + draft.id, Map.of("name", renamed, "startsOn", "2026-01-01", "endsOn", "2026-01-31"))
                .then().statusCode(303);
        assertEquals(renamed, CyclesTest.fresh(draft.id).name);

        ReviewCycle open = TestData.cycle(CycleState.open);
        hr.get("/hr/cycles/" + open.id + "/edit").then().statusCode(409)
                .body(containsString("only a draft cycle&#39;s name and dates can be changed."));
        String page = hr.submit("/hr/cycles/" + open.id, Map.of("name", "Changed", "startsOn", "2026-01-01", "endsOn", "2026-01-31"))
                .then().statusCode(409).extract().asString();
        assertTrue(PageText.mainText(page).contains("only a draft cycle's name and dates can be changed."));
        assertEquals(open.name, CyclesTest.fresh(open.id).name);
    }

    @Test
    void hrOpensACycleAndClosesItOnlyAfterConfirming() {
        CyclesTest.closeEveryOpenCycle();
        ReviewCycle cycle = TestData.cycle(CycleState.draft);
        Browser hr = Browser.hr();

        hr.submit("/hr/cycles/" + cycle.id + "/open", Map.of()).then().statusCode(303)
                .header("Location", endsWith("/hr/cycles/" + cycle.id));
        String hub = hr.get("/hr/cycles/" + cycle.id).asString();
        assertTrue(PageText.mainText(hub).contains("is open: feedback links, effort and process-pain reports now go into it."));
        assertTrue(hub.contains("<span class=\"badge ok\">open</span>"));
        assertTrue(PageText.mainText(hr.get("/hr/cycles").asString()).contains("Open now: " + cycle.name));

        String confirm = PageText.mainText(hr.get("/hr/cycles/" + cycle.id + "/close").then().statusCode(200).extract().asString());
        assertTrue(confirm.contains("Close “" + cycle.name + "”?"), confirm);
        assertTrue(confirm.contains("its feedback links stop working"), confirm);

        hr.submit("/hr/cycles/" + cycle.id + "/close", Map.of()).then().statusCode(400)
                .body(containsString("Confirm on this page to close the cycle."));
        assertEquals(CycleState.open, CyclesTest.fresh(cycle.id).state);

        hr.submit("/hr/cycles/" + cycle.id + "/close", Map.of("confirm", "yes")).then().statusCode(303);
        String closed = PageText.mainText(hr.get("/hr/cycles/" + cycle.id).asString());
        assertTrue(closed.contains("is closed. Its data is frozen and its feedback links no longer work."), closed);
        assertTrue(closed.contains("Closed 20"), closed);
        assertEquals(CycleState.closed, CyclesTest.fresh(cycle.id).state);
    }

    @Test
    void openingASecondCycleIsRefusedWithTheReasonOnTheHub() {
        CyclesTest.closeEveryOpenCycle();
        ReviewCycle open = TestData.cycle(CycleState.draft);
        ReviewCycle second = TestData.cycle(CycleState.draft);
        Browser hr = Browser.hr();
        hr.submit("/hr/cycles/" + open.id + "/open", Map.of()).then().statusCode(303);

        String page = hr.submit("/hr/cycles/" + second.id + "/open", Map.of()).then().statusCode(409).extract().asString();

        assertTrue(PageText.mainText(page).contains("The cycle “" + open.name + "” is open. Close it before opening “"
                + second.name + "”"), page);
        assertEquals(CycleState.draft, CyclesTest.fresh(second.id).state);
    }

    @Test
    void aClosedCycleOffersNoCloseStep() {
        ReviewCycle closed = TestData.cycle(CycleState.closed);
        Browser.hr().get("/hr/cycles/" + closed.id + "/close").then().statusCode(409)
                .body(containsString("is closed: its data is frozen."));
    }
}
