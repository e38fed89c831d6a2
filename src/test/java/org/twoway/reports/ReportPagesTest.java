package org.twoway.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twoway.reports.ReportTableText.row;
import static org.twoway.reports.ReportTableText.rows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.twoway.Browser;
import org.twoway.PageText;
import org.twoway.TestData;
import org.twoway.people.Employee;
import org.twoway.system.Numbers;

/**
 * The report pages against the JSON report of the same cycle, the anonymity rule under every
 * filter, who may see which scorecard, CSV escaping and stored script payloads. The company is
 * {@link ReportCompany}; the last test closes its cycle.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportPagesTest {

    private static final String HIDDEN = "hidden to protect anonymity";

    private ReportCompany company;

    @BeforeEach
    void buildTheCompanyOnce() {
        company = ReportCompany.get();
    }

    @Test
    @Order(1)
    void dashboardShowsTheNumbersOfTheJsonReport() {
        JsonPath json = company.report();
        // The cycle is open, so it lists every active team and person of the test database: all rows, not the first 100.
        String html = hrPage("/hr/cycles/" + company.cycle + "/report?all=groups");
        String text = PageText.mainText(html);

        assertTrue(text.contains(percent(json.getDouble("responseRate")) + " response rate: " + json.getInt("responses")
                + " of " + json.getInt("linksIssued") + " links answered"), text);
        assertTrue(text.contains(measure(json.getDouble("company.and")) + " AND score"), text);
        assertTrue(text.contains(measure(json.getDouble("company.cs")) + " customer satisfaction (CS)"), text);
        // The cycle is open: EX is the pain cycle's, published when it closed, and labelled so.
        // EX over 9 reports with friction sums Alpha 3 x 14, Beta 2 x 21, Gamma 4 x 6: mean f = 108 / 45 = 2.4,
        // EX = 1 - (2.4 - 1) / 4 = 0.65
        assertEquals(company.painCycle, json.getLong("painFiguresFrom.id"));
        String asOf = " as of " + json.getString("painFiguresFrom.name");
        assertEquals(0.65, json.getDouble("company.ex"), 1e-9);
        assertTrue(text.contains("0.65 employee experience (EX)" + asOf), text);
        long high = json.getList("flags.severity").stream().filter("high"::equals).count();
        long warning = json.getList("flags.severity").stream().filter("warning"::equals).count();
        assertTrue(text.contains(high + " high flags " + warning + " warnings"), text);
        assertEquals(json.getList("flags").size(), rows(html, "flags").size());
        assertEquals(json.getString("flags[0].message"), rows(html, "flags").get(0).get("What the rule found"));

        Map<String, String> gamma = row(html, "groups", company.gamma.name);
        assertEquals(measure(group(json, company.gamma.name).get("ex")), gamma.get("EX" + asOf));
        assertEquals("4", gamma.get("Reporters (at least)"));
        Map<String, String> ann = row(hrPage("/hr/cycles/" + company.cycle + "/report?all=employees"), "employees",
                company.ann.name);
        assertEquals(mean(employee(json, company.ann.email).get("score")), ann.get("Score"));
        assertEquals("5", ann.get("Responses"));

        // No follow-up in this company: none due, no share to show
        String allFollowUps = hrPage("/hr/cycles/" + company.cycle + "/report?all=followUps");
        Map<String, String> gammaLoop = row(allFollowUps, "followUps", company.gamma.name);
        assertEquals("0", gammaLoop.get("Due"));
        assertEquals("–", gammaLoop.get("Share in time"));
        assertEquals(json.getList("teams").size(), rows(allFollowUps, "followUps").size());
    }

    @Test
    @Order(2)
    void scorecardCustomerTeamAndProcessPagesShowTheNumbersOfTheJsonReport() {
        JsonPath json = company.report();
        Map<String, Object> ann = employee(json, company.ann.email);
        String card = PageText.mainText(hrPage("/hr/cycles/" + company.cycle + "/employees/" + company.ann.id));
        assertTrue(card.contains(mean(ann.get("score")) + " score"), card);
        assertTrue(card.contains("5 customer responses"), card);
        // raw mean (5 + 4 + 5 + 3 + 4) / 5 = 4.2, the same for each of the three questions
        assertTrue(card.contains("4.20 raw mean of the answers"), card);
        assertTrue(card.contains("Responded quickly 4.20 Solved the problem 4.20 Kept promises 4.20"), card);
        assertTrue(card.contains(company.ann.name + " 5 (100 %)"), card);
        assertTrue(card.contains("Client concentration"), card);
        assertTrue(card.contains("Follow-ups " + company.ann.name + " owns Due 0 Answered in time 0 Late 0, of which overdue now: 0"),
                card);

        Map<String, Object> acme = json.getMap("customers.find { it.ref == '" + company.acme.ref + "' }");
        String customerPage = hrPage("/hr/cycles/" + company.cycle + "/customers/" + company.acme.id);
        assertTrue(PageText.mainText(customerPage).contains(Numbers.hours(((Number) acme.get("hours")).doubleValue()) + " h received of "
                + Numbers.hours(((Number) acme.get("entitledHours")).doubleValue()) + " h entitled"), customerPage);
        assertEquals("30", row(customerPage, "served", company.ann.name).get("Hours"));
        assertEquals(9, rows(customerPage, "answers").size());

        String asOf = " as of " + json.getString("painFiguresFrom.name");
        String gammaPage = PageText.mainText(hrPage("/hr/cycles/" + company.cycle + "/teams/" + company.gamma.id));
        assertTrue(gammaPage.contains(measure(group(json, company.gamma.name).get("ex")) + " employee experience (EX)" + asOf
                + ": at least 4 people reported"), gammaPage);
        assertTrue(gammaPage.contains("customer satisfaction (CS): not enough responses (4)"), gammaPage);
        String gammaHtml = hrPage("/hr/cycles/" + company.cycle + "/teams/" + company.gamma.id);
        assertEquals("0", row(gammaHtml, "followUps", "Team " + company.gamma.name + " (all its members)").get("Due"));

        Map<String, Object> process = json.getMap("processes.find { it.name == '" + company.process.name + "' }");
        String processPage = hrPage("/hr/cycles/" + company.cycle + "/processes/" + company.process.id);
        assertTrue(PageText.mainText(processPage).contains(measure(process.get("ex")) + " employee experience (EX)" + asOf
                + ": 9 people reported"));
        assertTrue(processPage.contains("Fewer approvals &lt;b&gt;please&lt;/b&gt;"), "ideas are shown escaped");
    }

    @Test
    @Order(3)
    void noFilterRevealsATeamBelowTheAnonymityThresholdNotEvenBySubtraction() {
        JsonPath json = company.report();
        // Beta has 2 reporters: hidden. Alpha (3) is hidden too: the company's EX and Gamma's are shown,
        // so company minus Gamma minus Alpha would give Beta away. What can be worked out is Alpha and
        // Beta together: 5 people.
        assertEquals(null, group(json, company.beta.name).get("ex"));
        assertEquals(null, group(json, company.alpha.name).get("ex"));
        // Gamma: friction sum 6, f = 1.2, EX = 1 - 0.2 / 4 = 0.95
        assertEquals(0.95, ((Number) group(json, company.gamma.name).get("ex")).doubleValue(), 1e-9);

        String base = "/hr/cycles/" + company.cycle + "/report";
        List<String> views = new ArrayList<>();
        for (String team : new String[] {"", company.alpha.name, company.beta.name, company.gamma.name}) {
            for (String severity : new String[] {"", "high", "warning"}) {
                for (String type : new String[] {"", "team", "employee"}) {
                    views.add(base + "?team=" + encode(team) + "&severity=" + severity + "&type=" + type + "&all=groups");
                }
            }
        }
        Browser hr = Browser.hr();
        String ex = "EX as of " + json.getString("painFiguresFrom.name");
        List<String> shownEx = new ArrayList<>();
        for (String view : views) {
            String html = hr.get(view).then().statusCode(200).extract().asString();
            for (Map<String, String> group : rows(html, "groups")) {
                String name = group.get("Name");
                if (name.equals(company.alpha.name) || name.equals(company.beta.name)) {
                    assertEquals(HIDDEN, group.get(ex), view);
                    assertEquals("–", group.get("Reporters (at least)"), view);
                }
                if (!group.get(ex).equals(HIDDEN)) {
                    shownEx.add(name);
                }
            }
            String text = PageText.mainText(html);
            // Alpha's own EX is 0.55 and Beta's 0.20: neither may appear as a figure
            assertFalse(text.contains("0.55 employee experience") || text.contains("0.20 employee experience"), view);
            if (view.contains("team=" + encode(company.beta.name) + "&")) {
                assertTrue(text.contains("– employee experience (EX)" + ex.substring(2) + ": hidden to protect anonymity"), view);
            }
            String csv = hr.get(view + "&csv=groups").then().statusCode(200).extract().asString();
            csv.lines().filter(l -> l.startsWith(company.alpha.name + ",") || l.startsWith(company.beta.name + ","))
                    .forEach(l -> assertTrue(l.contains(HIDDEN), l));
        }
        assertTrue(shownEx.contains(company.gamma.name));
        assertFalse(shownEx.contains(company.alpha.name) || shownEx.contains(company.beta.name));

        for (var team : List.of(company.alpha, company.beta)) {
            String page = hr.get("/hr/cycles/" + company.cycle + "/teams/" + team.id).then().statusCode(200).extract().asString();
            assertTrue(PageText.mainText(page).contains("– employee experience (EX)" + ex.substring(2) + ": hidden to protect anonymity"));
            assertEquals(HIDDEN, rows(page, "friction").get(0).get("Time wasted"), "the team's own heatmap row is hidden");
            assertFalse(page.contains("Fewer approvals") || page.contains("Beta&#39;s own idea"), "no ideas of a hidden team");
        }
        String compare = hr.get("/hr/compare?a=" + company.cycle + "&b=" + company.cycle + "&all=groups").then().statusCode(200).extract().asString();
        assertEquals("–", row(compare, "groups", company.beta.name).get("EX " + json.getString("cycle.name") + ex.substring(2)));
    }

    @Test
    @Order(4)
    void employeesAreDeniedHrPagesAndEveryoneElsesScorecard() {
        Employee other = company.people.get(3);
        Browser ann = Browser.signedIn(company.ann.email, TestData.EMPLOYEE_PASSWORD);
        ann.get("/hr/cycles/" + company.cycle + "/employees/" + other.id).then().statusCode(403);
        ann.get("/hr/cycles/" + company.cycle + "/employees/" + company.ann.id).then().statusCode(403);
        ann.get("/hr/cycles/" + company.cycle + "/report").then().statusCode(403);
        ann.get("/hr/cycles/" + company.cycle + "/teams/" + company.alpha.id).then().statusCode(403);
        ann.get("/hr/compare").then().statusCode(403);
        // the cycle is still open: there is no scorecard of it yet
        ann.get("/me/scorecards/" + company.cycle).then().statusCode(404);
    }

    @Test
    @Order(5)
    void csvCellsThatASpreadsheetWouldRunAsFormulasAreEscaped() {
        Browser hr = Browser.hr();
        String answers = hr.get("/hr/cycles/" + company.cycle + "/customers/" + company.acme.id + "?csv=answers")
                .then().statusCode(200).contentType("text/csv; charset=UTF-8").extract().asString();
        assertTrue(answers.contains(",\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\","), answers);
        assertFalse(answers.contains(",=HYPERLINK") || answers.contains(",\"=HYPERLINK"), answers);

        String employees = hr.get("/hr/cycles/" + company.cycle + "/report?team=" + encode(company.gamma.name)
                + "&csv=employees").then().statusCode(200).extract().asString();
        assertTrue(employees.lines().anyMatch(l -> l.startsWith("'=SUM(A1:A9)," + company.gamma.name + ",")), employees);
    }

    @Test
    @Order(6)
    void storedScriptPayloadsInCommentsAreShownEscapedOnEveryPage() {
        for (String path : List.of("/hr/cycles/" + company.cycle + "/employees/" + company.ann.id,
                "/hr/cycles/" + company.cycle + "/customers/" + company.acme.id)) {
            assertEscaped(hrPage(path), path);
        }
    }

    @Test
    @Order(7)
    void sortingByAColumnOrdersTheRowsAndAnUnknownColumnIsRefused() {
        Browser hr = Browser.hr();
        String base = "/hr/cycles/" + company.cycle + "/report?team=" + encode(company.gamma.name);
        List<String> up = rows(hr.get(base + "&sort=employees.name").then().statusCode(200).extract().asString(), "employees")
                .stream().map(r -> r.get("Name")).toList();
        List<String> down = rows(hr.get(base + "&sort=employees.name&dir=desc").then().statusCode(200).extract().asString(),
                "employees").stream().map(r -> r.get("Name")).toList();
        assertEquals(up.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), up);
        List<String> reversed = new ArrayList<>(up);
        Collections.reverse(reversed);
        assertEquals(reversed, down);
        String refused = hr.get(base + "&sort=employees.salary").then().statusCode(400).extract().asString();
        assertTrue(PageText.mainText(refused).contains("has no column “salary”"), refused);
        hr.get(base + "&severity=urgent").then().statusCode(400);
    }

    @Test
    @Order(100)
    void employeesSeeTheirOwnScorecardOfAClosedCycleEscapedAndNoOneElses() {
        company.close();
        JsonPath json = company.report();
        Browser ann = Browser.signedIn(company.ann.email, TestData.EMPLOYEE_PASSWORD);
        ann.get("/me").then().statusCode(200).body(org.hamcrest.Matchers.containsString("href=\"/me/scorecards\""));
        String list = ann.get("/me/scorecards").then().statusCode(200).extract().asString();
        assertTrue(list.contains("href=\"/me/scorecards/" + company.cycle + "\""), list);

        String own = ann.get("/me/scorecards/" + company.cycle).then().statusCode(200).extract().asString();
        assertTrue(PageText.mainText(own).contains(mean(employee(json, company.ann.email).get("score")) + " score"), own);
        assertEscaped(own, "own scorecard");
        assertFalse(own.contains("— " + company.acme.name), "comments do not say which customer wrote them");
        assertTrue(PageText.mainText(own).contains("Employee experience (EX) hidden to protect anonymity"), own);
        assertFalse(own.contains("Fewer approvals"), own);

        Employee gammaPerson = company.people.get(5);
        String theirs = Browser.signedIn(gammaPerson.email, TestData.EMPLOYEE_PASSWORD)
                .get("/me/scorecards/" + company.cycle).then().statusCode(200).extract().asString();
        assertTrue(PageText.mainText(theirs).contains("1 customer responses"), theirs);
        assertFalse(theirs.contains("&lt;script&gt;"), "Ann's comments are not on a colleague's scorecard");
    }

    private static void assertEscaped(String html, String page) {
        assertFalse(html.contains(ReportCompany.SCRIPT), page);
        assertFalse(html.contains("<img src=x"), page);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
        assertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), page);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String hrPage(String path) {
        var response = Browser.hr().get(path);
        assertEquals(200, response.statusCode(), () -> path + ": " + PageText.mainText(response.asString()));
        return response.asString();
    }

    private static Map<String, Object> group(JsonPath json, String name) {
        return json.getMap("teams.find { it.name == '" + name + "' }");
    }

    private static Map<String, Object> employee(JsonPath json, String email) {
        return json.getMap("employees.find { it.email == '" + email + "' }");
    }

    private static String measure(Object value) {
        return String.format(Locale.ROOT, "%.2f", ((Number) value).doubleValue());
    }

    private static String mean(Object value) {
        return measure(value);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
