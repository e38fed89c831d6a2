package org.twoway.friction;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.TestData;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.Cycles;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Employee;
import org.twoway.people.Team;

/**
 * Every place HR sees pain data: the whole cycle, by process, by team, and the ideas for a fix, as
 * the cycle published them when it closed.
 */
@QuarkusTest
class FrictionOverviewTest {

    private static final String HIDDEN = "hidden to protect anonymity";

    @Inject
    PainReports reports;

    @Inject
    Cycles cycles;

    private final ReviewCycle cycle = TestData.cycle(CycleState.open);
    private final BusinessProcess refunds = TestData.process();
    private final BusinessProcess onboarding = TestData.process();
    private final Team alpha = TestData.team();
    private final Team beta = TestData.team();

    @Test
    void groupsOfThreeAreShownWithTheirMeansAndIdeasSortedByTextNamedOnlyWhenNamed() {
        file(TestData.employee(alpha), refunds, 4, "Zebra: one form instead of three", true);
        file(TestData.employee(alpha), refunds, 4, null, true);
        file(TestData.employee(alpha), refunds, 5, "Allow refunds under 50 without approval", true);
        Employee named = TestData.employee(beta);
        file(named, onboarding, 2, "Middle: a checklist", false);
        file(TestData.employee(beta), onboarding, 2, "Anonymous idea on onboarding", true);
        file(TestData.employee(beta), onboarding, 3, null, true);

        String html = page();
        // Refunds: time wasted 4, 4, 5 -> mean 13/3 = 4.3; hours lost 2.5 each -> 7.5 in all, 2.5 per person.
        String refundsRow = row(html, refunds.name);
        assertFalse(refundsRow.contains(HIDDEN), refundsRow);
        assertTrue(refundsRow.contains("<td class=\"num\">3</td>"), refundsRow);
        assertTrue(refundsRow.contains("<td class=\"num\">4.3</td>"), refundsRow);
        assertTrue(refundsRow.contains("<td class=\"num\">7.5</td>"), refundsRow);
        assertTrue(refundsRow.contains("<td class=\"num\">2.5</td>"), refundsRow);
        // Onboarding: 2, 2, 3 -> 7/3 = 2.3.
        assertTrue(row(html, onboarding.name).contains("<td class=\"num\">2.3</td>"));
        assertFalse(row(html, alpha.name).contains(HIDDEN));
        assertFalse(row(html, beta.name).contains(HIDDEN));
        // six people, but nothing links a person's reports: the most on one process, 3, is what is known
        assertTrue(html.contains("<div class=\"big\">3</div>people reported, at least"));

        int allow = html.indexOf("Allow refunds under 50 without approval");
        int zebra = html.indexOf("Zebra: one form instead of three");
        assertTrue(allow > 0 && zebra > allow, "ideas sorted by their text");
        assertTrue(html.contains("Middle: a checklist <span class=\"muted\">— " + named.name + "</span>"));
        assertTrue(html.contains("<li>Anonymous idea on onboarding</li>"));
    }

    @Test
    void groupsOfFewerThanThreeAreHiddenWithTheirIdeasAndSoAreThoseThatWouldGiveThemAway() {
        file(TestData.employee(alpha), refunds, 4, "Idea from a big group", true);
        file(TestData.employee(alpha), refunds, 4, null, true);
        file(TestData.employee(alpha), refunds, 4, null, true);
        file(TestData.employee(beta), onboarding, 1, "Idea from a pair", true);
        file(TestData.employee(beta), onboarding, 1, null, true);

        String html = page();
        assertTrue(row(html, onboarding.name).contains(HIDDEN), "two reporters are fewer than k");
        assertTrue(row(html, beta.name).contains(HIDDEN));
        // The whole cycle (at least 3 people) is shown, so showing Refunds (3) would give away
        // Onboarding (whole minus Refunds) by subtraction; the same holds for the teams.
        assertTrue(html.contains("<div class=\"big\">3</div>people reported, at least"));
        assertTrue(row(html, refunds.name).contains(HIDDEN));
        assertTrue(row(html, alpha.name).contains(HIDDEN));
        assertFalse(html.contains("Idea from a pair"));
        assertFalse(html.contains("Idea from a big group"));
    }

    @Test
    void hiddenTeamsThatTogetherHoldThreePeopleOnOneProcessDoNotHideTheOthers() {
        Team gamma = TestData.team();
        file(TestData.employee(alpha), refunds, 4, null, true);
        file(TestData.employee(alpha), refunds, 4, null, true);
        file(TestData.employee(alpha), refunds, 4, null, true);
        file(TestData.employee(beta), onboarding, 2, null, true);
        file(TestData.employee(beta), onboarding, 2, null, true);
        file(TestData.employee(gamma), onboarding, 2, null, true);

        String html = page();
        // Beta (2) and Gamma (1) are hidden; together they filed 3 reports on Onboarding, which are
        // 3 people, so Alpha may show. Both processes hold 3.
        assertTrue(row(html, beta.name).contains(HIDDEN));
        assertTrue(row(html, gamma.name).contains(HIDDEN));
        assertFalse(row(html, alpha.name).contains(HIDDEN));
        assertFalse(row(html, refunds.name).contains(HIDDEN));
        assertFalse(row(html, onboarding.name).contains(HIDDEN));
    }

    @Test
    void hiddenGroupsAreNeverCountedAsMorePeopleThanTheirLargestProcessHolds() {
        BusinessProcess billing = TestData.process();
        file(TestData.employee(alpha), refunds, 4, null, true);
        file(TestData.employee(alpha), refunds, 4, null, true);
        file(TestData.employee(alpha), refunds, 4, null, true);
        file(TestData.employee(beta), onboarding, 2, null, true);
        file(TestData.employee(beta), billing, 2, null, true);
        file(TestData.employee(beta), billing, 2, null, true);

        String html = page();
        // Onboarding (1) and Billing (2) are hidden. Their three reports may come from two people (one
        // on both), and nothing at rest tells, so they count as 2: fewer than 3, and Refunds is hidden too.
        assertTrue(row(html, onboarding.name).contains(HIDDEN));
        assertTrue(row(html, billing.name).contains(HIDDEN));
        assertTrue(row(html, refunds.name).contains(HIDDEN));
    }

    @Test
    void wholeCycleOfFewerThanThreePeopleIsHidden() {
        file(TestData.employee(alpha), refunds, 5, "Only two of us", true);
        file(TestData.employee(alpha), onboarding, 5, null, true);
        String html = page();
        assertTrue(html.contains("Fewer than 3 people reported: hidden to protect anonymity."));
        assertTrue(row(html, refunds.name).contains(HIDDEN));
        assertTrue(row(html, alpha.name).contains(HIDDEN));
        assertFalse(html.contains("Only two of us"));
    }

    @Test
    void onePersonReportingOnManyProcessesCountsOnce() {
        Employee busy = TestData.employee(alpha);
        file(busy, refunds, 3, null, true);
        file(busy, onboarding, 3, null, true);
        file(TestData.employee(alpha), refunds, 3, null, true);
        String html = page();
        assertTrue(html.contains("Fewer than 3 people reported"), "three reports, two people");
        assertTrue(row(html, alpha.name).contains(HIDDEN));
    }

    @Test
    void onlyHrSeesTheOverview() {
        Employee employee = TestData.employeeWithLogin(alpha);
        Browser.signedIn(employee.email, TestData.EMPLOYEE_PASSWORD).get("/hr/cycles/" + cycle.id + "/friction")
                .then().statusCode(403);
        Browser.hr().get("/hr/cycles/987654321/friction").then().statusCode(404);
    }

    private void file(Employee employee, BusinessProcess process, int timeWasted, String fix, boolean anonymous) {
        reports.file(employee.id, cycle.id, new PainReportInput(process.name, timeWasted, 3, 3, 3, 3,
                new BigDecimal("2.5"), fix, anonymous));
    }

    /** The cycle closes, which publishes its figures, and HR opens its friction page. */
    private String page() {
        cycles.close(cycle.id);
        return Browser.hr().get("/hr/cycles/" + cycle.id + "/friction").then().statusCode(200)
                .body(containsString("<h1>Process friction in " + cycle.name + "</h1>")).extract().asString();
    }

    /** The table row of a process or team, by its name. */
    private static String row(String html, String name) {
        Matcher m = Pattern.compile("<th scope=\"row\">" + Pattern.quote(name) + "</th>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "no row for " + name);
        return m.group(1);
    }
}
