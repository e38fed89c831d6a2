package org.twoway.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.PageText;
import org.twoway.TestData;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.Cycles;
import org.twoway.cycles.ReviewCycle;
import org.twoway.friction.BusinessProcess;
import org.twoway.friction.PainReportInput;
import org.twoway.friction.PainReports;
import org.twoway.people.Employee;
import org.twoway.people.Team;
import org.twoway.system.Refusal;

/**
 * Employee figures are published when a cycle closes, never live: while a cycle is open every view
 * that shows pain figures (the JSON report, the HR pages, their CSV downloads) shows the last closed
 * cycle's, labelled, and no new or changed report moves any of them; closing publishes the cycle's
 * own, which never change again.
 */
@QuarkusTest
class PublishedFiguresTest {

    @Inject
    PainReports reports;

    @Inject
    Cycles cycles;

    private final Team alpha = TestData.team();
    private final Team beta = TestData.team();
    private final Team solo = TestData.team();
    private final BusinessProcess refunds = TestData.process();
    private final List<Employee> alphas = List.of(TestData.employee(alpha), TestData.employee(alpha),
            TestData.employee(alpha), TestData.employee(alpha));
    private final List<Employee> betas = List.of(TestData.employee(beta), TestData.employee(beta), TestData.employee(beta));
    private final Employee loner = TestData.employee(solo);

    @Test
    void openCycleShowsTheLastClosedCyclesFiguresUntilItClosesAndThenItsOwnForGood() {
        ReviewCycle q1 = cycle(LocalDate.of(2040, 1, 1), LocalDate.of(2040, 3, 31));
        ReviewCycle q2 = cycle(LocalDate.of(2040, 4, 1), LocalDate.of(2040, 6, 30));
        // Q1: Alpha's four rate Refunds with time wasted 4 (friction sum 4+3+3+3+3 = 16, f = 3.2, EX = 0.45),
        // Beta's three with 2; the loner is Solo's only reporter, so Solo is hidden, and so is Beta (3,
        // the smallest shown team), or the company minus Alpha minus Beta would be the loner's report.
        for (int i = 0; i < alphas.size(); i++) {
            file(alphas.get(i), q1, 4, "Idea " + i);
        }
        betas.forEach(employee -> file(employee, q1, 2, null));
        file(loner, q1, 5, "The loner's idea");
        cycles.close(q1.id);

        JsonPath q1Report = report(q1);
        assertEquals(0.45, q1Report.getDouble("teams.find { it.name == '" + alpha.name + "' }.ex"), 1e-9);
        assertEquals(4, q1Report.getInt("teams.find { it.name == '" + alpha.name + "' }.reporters"));
        assertNull(q1Report.get("teams.find { it.name == '" + beta.name + "' }.ex"));
        assertNull(q1Report.get("teams.find { it.name == '" + solo.name + "' }.ex"));
        assertNull(q1Report.get("teams.find { it.name == '" + solo.name + "' }.reporters"), "a hidden group's size is not told");

        // a customer's hours in Q2 keep Alpha's second member in its report (and scorecard) once it closes
        ReportCompany.hr().body(List.of(Map.of("employee", alphas.get(1).email, "customer",
                TestData.customer(TestData.tier(10)).ref, "hours", 2))).post("/api/v1/cycles/" + q2.id + "/effort")
                .then().statusCode(200);
        Map<String, String> before = views(q2);
        assertEquals(q1.id, report(q2).getLong("painFiguresFrom.id"));
        assertEquals(0.45, report(q2).getDouble("teams.find { it.name == '" + alpha.name + "' }.ex"), 1e-9);
        assertTrue(before.get("friction").contains("These are the figures of " + q1.name), before.get("friction"));
        assertTrue(before.get("dashboard").contains("employee experience (EX) as of " + q1.name), before.get("dashboard"));
        assertTrue(before.get("team").contains("as of " + q1.name), before.get("team"));
        assertTrue(before.get("friction").contains("Idea 0"), "Q1's ideas, as Q1 published them");

        // Q2 is open: new reports, a changed one, a second team member; no shown figure moves
        for (Employee employee : alphas) {
            file(employee, q2, 1, "New idea");
        }
        reports.edit(alphas.get(0).id, q2.id, refunds.id, input(5, "Changed idea", true));
        betas.forEach(employee -> file(employee, q2, 1, null));
        file(loner, q2, 1, null);
        assertEquals(before, views(q2));
        assertTrue(!before.get("friction").contains("New idea") && !before.get("friction").contains("Changed idea"));

        // Closing Q2 publishes its own: Alpha 4 reports, time wasted 5, 1, 1, 1 -> friction sums 17, 13, 13, 13
        cycles.close(q2.id);
        JsonPath q2Report = report(q2);
        assertEquals(q2.id, q2Report.getLong("painFiguresFrom.id"));
        // mean f = 56 / 20 = 2.8, EX = 1 - 1.8 / 4 = 0.55
        assertEquals(0.55, q2Report.getDouble("teams.find { it.name == '" + alpha.name + "' }.ex"), 1e-9);
        Map<String, String> closed = views(q2);
        assertNotEquals(before.get("friction"), closed.get("friction"));
        assertTrue(closed.get("friction").contains("Changed idea"));

        // ... and they never change again: a report can no longer be filed or changed into it
        Refusal frozen = assertThrows(Refusal.class, () -> file(TestData.employee(alpha), q2, 5, "Late"));
        assertEquals(409, frozen.kind.status);
        assertThrows(Refusal.class,
                () -> reports.edit(alphas.get(1).id, q2.id, refunds.id, input(5, "Late change", true)));
        assertEquals(closed, views(q2));
    }

    @Test
    void aTeamPageShowsNoIdeaFromAProcessOrCellThatTheFrictionPageHides() {
        ReviewCycle cycle = cycle(LocalDate.of(2041, 1, 1), LocalDate.of(2041, 3, 31));
        Team t = TestData.team();
        Team u = TestData.team();
        BusinessProcess p0 = TestData.process();
        BusinessProcess p1 = TestData.process();
        BusinessProcess p2 = TestData.process();
        BusinessProcess p3 = TestData.process();
        List<Employee> ts = List.of(TestData.employee(t), TestData.employee(t), TestData.employee(t));
        List<Employee> us = List.of(TestData.employee(u), TestData.employee(u), TestData.employee(u), TestData.employee(u));
        // P0: T 3 + U 4, every cell of at least 3: T's P0 ideas may carry T's name.
        ts.forEach(e -> file(e, cycle, p0, "T on P0"));
        us.forEach(e -> file(e, cycle, p0, "U on P0"));
        // P1: T 3; P3: T 1, hidden, so P1 (the smallest shown process) is hidden too.
        ts.forEach(e -> file(e, cycle, p1, "T on P1"));
        file(ts.get(0), cycle, p3, "T on P3");
        // P2: T 2 + U 3, shown (5), but T's cell is 2, and U's cell minus P2's list would be T's two.
        file(ts.get(0), cycle, p2, "T on P2 pair");
        file(ts.get(1), cycle, p2, null);
        us.subList(0, 3).forEach(e -> file(e, cycle, p2, "U on P2"));
        cycles.close(cycle.id);

        Browser hr = Browser.hr();
        String friction = text(hr, "/hr/cycles/" + cycle.id + "/friction");
        assertTrue(friction.contains("T on P0") && friction.contains("T on P2 pair") && friction.contains("U on P2"), friction);
        assertTrue(!friction.contains("T on P1") && !friction.contains("T on P3"), "hidden processes show no ideas");

        String tPage = text(hr, "/hr/cycles/" + cycle.id + "/teams/" + t.id);
        assertTrue(tPage.contains("T on P0"), tPage);
        for (String hidden : List.of("T on P1", "T on P3", "T on P2 pair", "U on")) {
            assertTrue(!tPage.contains(hidden), hidden + " on team T's page: " + tPage);
        }
        String uPage = text(hr, "/hr/cycles/" + cycle.id + "/teams/" + u.id);
        assertTrue(uPage.contains("U on P0"), uPage);
        assertTrue(!uPage.contains("U on P2"), "P2's list minus U's ideas would be T's pair's: " + uPage);
    }

    /** Every view of the cycle that shows pain figures, as the text a person reads (CSV as it is). */
    private Map<String, String> views(ReviewCycle cycle) {
        Browser hr = Browser.hr();
        String base = "/hr/cycles/" + cycle.id;
        Map<String, String> views = new LinkedHashMap<>();
        views.put("json", ReportCompany.hr().get("/api/v1/cycles/" + cycle.id + "/report").then().statusCode(200).extract().asString());
        views.put("dashboard", text(hr, base + "/report?all=groups"));
        views.put("groups.csv", hr.get(base + "/report?all=groups&csv=groups").then().statusCode(200).extract().asString());
        views.put("friction", text(hr, base + "/friction"));
        views.put("team", text(hr, base + "/teams/" + alpha.id));
        views.put("team.csv", hr.get(base + "/teams/" + alpha.id + "?csv=friction").then().statusCode(200).extract().asString());
        views.put("process", text(hr, base + "/processes/" + refunds.id));
        views.put("scorecard", text(hr, base + "/employees/" + alphas.get(1).id));
        views.put("compare", text(hr, "/hr/compare?a=" + cycle.id + "&b=" + cycle.id + "&all=groups"));
        return views;
    }

    private static String text(Browser hr, String path) {
        return PageText.mainText(hr.get(path).then().statusCode(200).extract().asString());
    }

    private static JsonPath report(ReviewCycle cycle) {
        return ReportCompany.hr().get("/api/v1/cycles/" + cycle.id + "/report").then().statusCode(200).extract().jsonPath()
                .using(ReportCompany.DOUBLES);
    }

    private void file(Employee employee, ReviewCycle cycle, int timeWasted, String fix) {
        reports.file(employee.id, cycle.id, input(timeWasted, fix, true));
    }

    private void file(Employee employee, ReviewCycle cycle, BusinessProcess process, String fix) {
        reports.file(employee.id, cycle.id, new PainReportInput(process.name, 3, 3, 3, 3, 3, BigDecimal.ONE, fix, true));
    }

    private PainReportInput input(int timeWasted, String fix, boolean anonymous) {
        return new PainReportInput(refunds.name, timeWasted, 3, 3, 3, 3, new BigDecimal("2.0"), fix, anonymous);
    }

    /** An open cycle on the given dates, far from every other test's. */
    private static ReviewCycle cycle(LocalDate startsOn, LocalDate endsOn) {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        QuarkusTransaction.requiringNew().run(() -> {
            ReviewCycle c = ReviewCycle.findById(cycle.id);
            c.startsOn = startsOn;
            c.endsOn = endsOn;
        });
        return QuarkusTransaction.requiringNew().call(() -> ReviewCycle.findById(cycle.id));
    }

}
