package org.twoway.friction;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.TestData;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Employee;

@QuarkusTest
class PainReportPagesTest {

    private final Employee employee = TestData.employeeWithLogin(TestData.team());
    private final BusinessProcess process = TestData.process();
    private final ReviewCycle cycle = OpenCycles.newest();
    private final String path = "/me/cycles/" + cycle.id + "/pain-reports/" + process.id;

    @Test
    void homeShowsTheOpenCycleAndEachProcessToReportOn() {
        Browser browser = signedIn();
        browser.get("/me").then().statusCode(200)
                .body(containsString("<h1>My work</h1>"))
                .body(containsString(cycle.name))
                .body(containsString(process.name))
                .body(containsString("href=\"" + path + "\""))
                .body(containsString("File a report<span class=\"sr-only\"> on " + process.name));
    }

    @Test
    void blankFormOffersAnonymityByDefaultAndFiveChoicesPerKindOfFriction() {
        String html = signedIn().get(path).then().statusCode(200)
                .body(containsString("How much does “" + process.name + "” hurt?"))
                .body(containsString("<legend>Hand-offs and approvals</legend>"))
                .body(containsString("<input type=\"radio\" name=\"anonymous\" value=\"true\" checked>"))
                .extract().asString();
        assertEquals(25, html.split("type=\"radio\" name=\"(timeWasted|tools|handoffs|rules|customerPressure)\"", -1).length - 1);
        assertFalse(html.contains("value=\"false\" checked"));
    }

    @Test
    void filingThenEditingUntilCloseThenFrozen() {
        Browser browser = signedIn();
        browser.submit(path, form(Map.of("fix", "Fewer forms"))).then().statusCode(303)
                .header("Location", containsString("/me"));
        browser.get("/me").then().body(containsString("is saved anonymously"))
                .body(containsString("Change<span class=\"sr-only\"> on " + process.name));

        browser.get(path).then().statusCode(200)
                .body(containsString("You filed this report earlier"))
                .body(containsString("Fewer forms"))
                .body(containsString("name=\"timeWasted\" value=\"4\" checked"));
        browser.submit(path, form(Map.of("timeWasted", "2", "hoursLostPerWeek", "3,5", "fix", "Fewer forms, please")))
                .then().statusCode(303);
        PainReport edited = only();
        assertEquals(2, edited.timeWasted);
        assertEquals(0, new BigDecimal("3.5").compareTo(edited.hoursLostPerWeek));
        assertEquals("Fewer forms, please", edited.fix);
        assertEquals(1, PainReportRows.count(cycle, process));

        close(cycle);
        browser.get(path).then().statusCode(200)
                .body(containsString("is closed: its reports are frozen"))
                .body(containsString("Fewer forms, please"))
                .body(not(containsString("<form method=\"post\" action=\"" + path)));
        browser.submit(path, form(Map.of("timeWasted", "5"))).then().statusCode(409)
                .body(containsString("is closed: its reports are frozen"));
        assertEquals(2, only().timeWasted);
        browser.get("/me").then().statusCode(200)
                .body(containsString("Your reports in closed cycles"))
                .body(containsString(cycle.name + ": " + process.name));
    }

    @Test
    void invalidAnswersAreShownByTheirFieldsWithTheInputKept() {
        Map<String, String> fields = form(Map.of("hoursLostPerWeek", "forty-one", "fix", "keep this text"));
        fields.remove("tools");
        signedIn().submit(path, fields).then().statusCode(400)
                .body(containsString("Choose a rating from 1 to 5 for tools."))
                .body(containsString("Enter the hours lost per week as a number from 0 to 40"))
                .body(containsString("value=\"forty-one\""))
                .body(containsString("keep this text"))
                .body(containsString("name=\"timeWasted\" value=\"4\" checked"));
        signedIn().submit(path, form(Map.of("hoursLostPerWeek", "40.5"))).then().statusCode(400);
        signedIn().submit(path, form(Map.of("fix", "x".repeat(2001)))).then().statusCode(400)
                .body(containsString("Keep what would fix it to 2,000 characters."));
        assertEquals(0, PainReportRows.count(cycle, process));
    }

    @Test
    void switchingBetweenNamedAndAnonymousKeepsOneReportAndClearsTheName() {
        Browser browser = signedIn();
        browser.submit(path, form(Map.of("anonymous", "false"))).then().statusCode(303);
        List<Tuple> named = PainReportRows.raw(cycle, process);
        assertEquals(1, named.size());
        assertEquals(employee.id, ((Number) named.get(0).get("employee_id")).longValue());

        browser.submit(path, form(Map.of("anonymous", "true"))).then().statusCode(303);
        List<Tuple> anonymous = PainReportRows.raw(cycle, process);
        assertEquals(1, anonymous.size());
        assertNull(anonymous.get(0).get("employee_id"));
        assertEquals(named.get(0).get("report_key"), anonymous.get(0).get("report_key"));
    }

    @Test
    void formWithoutAnonymityChoiceIsAnonymous() {
        Map<String, String> fields = form(Map.of());
        fields.remove("anonymous");
        signedIn().submit(path, fields).then().statusCode(303);
        assertTrue(only().anonymous);
        assertNull(only().employee);
    }

    @Test
    void processNoLongerInUseTakesNoNewReportAndSaysWhy() {
        QuarkusTransaction.requiringNew().run(() -> BusinessProcess.<BusinessProcess>findById(process.id).active = false);
        signedIn().submit(path, form(Map.of("fix", "kept"))).then().statusCode(400)
                .body(containsString("There is no active process named “" + process.name + "” to report on."))
                .body(containsString("kept"));
        assertEquals(0, PainReportRows.count(cycle, process));
    }

    @Test
    void draftCycleAndOtherPeoplesClosedReportsAreNotShown() {
        ReviewCycle draft = TestData.cycle(CycleState.draft);
        signedIn().get("/me/cycles/" + draft.id + "/pain-reports/" + process.id).then().statusCode(409);
        ReviewCycle closed = TestData.cycle(CycleState.closed);
        signedIn().get("/me/cycles/" + closed.id + "/pain-reports/" + process.id).then().statusCode(404);
        signedIn().get("/me/cycles/987654321/pain-reports/" + process.id).then().statusCode(404);
    }

    @Test
    void hrCannotFileReportsAndFormsNeedTheAntiForgeryField() {
        Browser.hr().get("/me").then().statusCode(403);
        Browser.hr().get(path).then().statusCode(403);
        signedIn().submitWithoutToken(path, form(Map.of())).then().statusCode(400);
        assertEquals(0, PainReportRows.count(cycle, process));
    }

    @Test
    void colleaguesSeeOnlyTheirOwnReports() {
        signedIn().submit(path, form(Map.of("fix", "A very personal remark"))).then().statusCode(303);
        Employee colleague = TestData.employeeWithLogin(employee.team);
        Browser other = Browser.signedIn(colleague.email, TestData.EMPLOYEE_PASSWORD);
        other.get(path).then().statusCode(200)
                .body(not(containsString("A very personal remark")))
                .body(not(containsString("You filed this report earlier")));
        other.get("/me").then().body(containsString("File a report<span class=\"sr-only\"> on " + process.name));
    }

    private Browser signedIn() {
        return Browser.signedIn(employee.email, TestData.EMPLOYEE_PASSWORD);
    }

    private PainReport only() {
        return QuarkusTransaction.requiringNew().call(() -> {
            PainReport report = PainReport.find("cycle.id = ?1 and process.id = ?2", cycle.id, process.id).singleResult();
            assertNotNull(report.team);
            return report;
        });
    }

    static void close(ReviewCycle cycle) {
        QuarkusTransaction.requiringNew().run(() -> {
            ReviewCycle c = ReviewCycle.findById(cycle.id);
            c.state = CycleState.closed;
            c.closedAt = Instant.now();
        });
    }

    static Map<String, String> form(Map<String, String> overrides) {
        Map<String, String> fields = new HashMap<>(Map.of("timeWasted", "4", "tools", "3", "handoffs", "5",
                "rules", "2", "customerPressure", "1", "hoursLostPerWeek", "2.5", "fix", "", "anonymous", "true"));
        fields.putAll(overrides);
        return fields;
    }
}
